namespace RobotPlan.Timing;

/// <summary>Business dates are Asia/Shanghai dates; instants are stored in UTC.</summary>
public static class BusinessCalendarClock
{
    /// <summary>IANA id; needs tzdata on Linux (checked at start-up by resolving it).</summary>
    public static readonly TimeZoneInfo TimeZone = TimeZoneInfo.FindSystemTimeZoneById("Asia/Shanghai");

    public static DateOnly Today(this TimeProvider clock) =>
        DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(clock.GetUtcNow(), TimeZone).DateTime);

    /// <summary>The UTC instant of 00:00 Asia/Shanghai on <paramref name="date"/>.</summary>
    public static DateTime StartOfDayUtc(DateOnly date) =>
        TimeZoneInfo.ConvertTimeToUtc(date.ToDateTime(TimeOnly.MinValue), TimeZone);
}
