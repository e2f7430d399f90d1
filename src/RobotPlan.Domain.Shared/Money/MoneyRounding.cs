namespace RobotPlan.Money;

/// <summary>The one place money is rounded: 元 to the fen, half away from zero (四舍五入), never banker's rounding.</summary>
public static class MoneyRounding
{
    public static decimal ToFen(decimal yuan) => Math.Round(yuan, 2, MidpointRounding.AwayFromZero);

    /// <summary>Money is stored as integer fen so SQLite and PostgreSQL both compare and order it.</summary>
    public static long ToStoredFen(decimal yuan) => checked((long)(ToFen(yuan) * 100m));

    public static decimal FromStoredFen(long fen) => fen / 100m;
}
