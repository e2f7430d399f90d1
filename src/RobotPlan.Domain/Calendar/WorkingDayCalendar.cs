namespace RobotPlan.Calendar;

/// <summary>
/// The Chinese official working-day calendar for the years it has data for.
/// Built from the stored days; pure, so the counting rules are tested without a database.
/// </summary>
public sealed class WorkingDayCalendar
{
    private readonly HashSet<int> _years;
    private readonly Dictionary<DateOnly, bool> _exceptions;

    public WorkingDayCalendar(IEnumerable<int> years, IEnumerable<CalendarDay> days)
    {
        _years = [.. years];
        _exceptions = days.ToDictionary(d => d.Date, d => d.IsWorkingDay);
    }

    public bool IsWorkingDay(DateOnly date)
    {
        if (!_years.Contains(date.Year))
            throw new BusinessException(RobotPlanErrorCodes.CalendarYearMissing, null, date.Year);
        if (_exceptions.TryGetValue(date, out var working)) return working;
        return date.DayOfWeek is not (DayOfWeek.Saturday or DayOfWeek.Sunday);
    }

    /// <summary>
    /// The Nth working day counting <paramref name="start"/> as day 1 when it is a working day (else the next one is).
    /// A notice of N days ends at 24:00 of the returned date.
    /// </summary>
    public DateOnly NthWorkingDay(DateOnly start, int n)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(n, 1);
        var date = start;
        var counted = 0;
        while (true)
        {
            if (IsWorkingDay(date) && ++counted == n) return date;
            date = date.AddDays(1);
        }
    }

    /// <summary>Working days after <paramref name="from"/> up to and including <paramref name="to"/> (review deadlines).</summary>
    public int WorkingDaysBetween(DateOnly from, DateOnly to)
    {
        var count = 0;
        for (var d = from.AddDays(1); d <= to; d = d.AddDays(1))
            if (IsWorkingDay(d)) count++;
        return count;
    }
}
