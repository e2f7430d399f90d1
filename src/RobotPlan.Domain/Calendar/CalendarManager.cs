namespace RobotPlan.Calendar;

/// <summary>R-15: the calendar is data an administrator keeps; a day can only be entered for a year that is known.</summary>
public class CalendarManager(ICalendarRepository calendar)
{
    public async Task<CalendarYear> AddYearAsync(int year, string source, CancellationToken ct = default)
    {
        if ((await calendar.GetYearsAsync(ct)).Any(y => y.Year == year))
            throw new BusinessException(RobotPlanErrorCodes.CalendarYearExists, "year", year);
        var added = new CalendarYear(year, source.Trim());
        await calendar.AddYearAsync(added, ct);
        return added;
    }

    public async Task<CalendarDay> AddDayAsync(DateOnly date, CalendarDayKind kind, string? note, CancellationToken ct = default)
    {
        // Entering days of an unknown year would make that year look partly known; the notice must enter it first.
        if ((await calendar.GetYearsAsync(ct)).All(y => y.Year != date.Year))
            throw new BusinessException(RobotPlanErrorCodes.CalendarYearMissing, "date", date.Year);
        if (await calendar.FindDayAsync(date, ct) is not null)
            throw new BusinessException(RobotPlanErrorCodes.CalendarDayExists, "date", date.ToString("yyyy-MM-dd"));
        var day = new CalendarDay(date, kind == CalendarDayKind.MakeUpWorkingDay, Clean(note));
        await calendar.AddDayAsync(day, ct);
        return day;
    }

    public static void Change(CalendarDay day, CalendarDayKind kind, string? note) =>
        day.Change(kind == CalendarDayKind.MakeUpWorkingDay, Clean(note));

    private static string? Clean(string? note) => string.IsNullOrWhiteSpace(note) ? null : note.Trim();
}
