namespace RobotPlan.Calendar;

public interface ICalendarRepository
{
    Task<WorkingDayCalendar> GetCalendarAsync(CancellationToken ct = default);
    Task<List<CalendarYear>> GetYearsAsync(CancellationToken ct = default);
    Task<List<CalendarDay>> GetDaysAsync(int year, CancellationToken ct = default);
    Task<CalendarDay?> FindDayAsync(DateOnly date, CancellationToken ct = default);
    Task AddYearAsync(CalendarYear year, CancellationToken ct = default);
    Task AddDayAsync(CalendarDay day, CancellationToken ct = default);
    void RemoveDay(CalendarDay day);
}
