namespace RobotPlan.Web.Pages;

/// <summary>Instants are stored in UTC; every page shows them in Asia/Shanghai, and says so where no heading does.</summary>
public static class BeijingTime
{
    public static string Of(DateTime utc) =>
        TimeZoneInfo.ConvertTimeFromUtc(DateTime.SpecifyKind(utc, DateTimeKind.Utc), BusinessCalendarClock.TimeZone)
            .ToString("yyyy-MM-dd HH:mm:ss", CultureInfo.InvariantCulture);

    /// <summary>"2025-09-26 10:00:00（北京时间）" / "2025-09-26 10:00:00 (Beijing time)".</summary>
    public static string Named(this IStringLocalizer L, DateTime utc) => L["Common:AtBeijing", Of(utc)].Value;
}
