namespace RobotPlan.EntityFrameworkCore.Calendar;

internal sealed class CalendarRepository(RobotPlanDbContext db) : ICalendarRepository
{
    public async Task<WorkingDayCalendar> GetCalendarAsync(CancellationToken ct)
    {
        var years = await db.CalendarYears.AsNoTracking().Select(y => y.Year).ToListAsync(ct);
        var days = await db.CalendarDays.AsNoTracking().ToListAsync(ct);
        return new WorkingDayCalendar(years, days);
    }

    public Task<List<CalendarYear>> GetYearsAsync(CancellationToken ct) => db.CalendarYears.OrderBy(y => y.Year).ToListAsync(ct);

    public Task<List<CalendarDay>> GetDaysAsync(int year, CancellationToken ct)
    {
        var from = new DateOnly(year, 1, 1);
        var to = new DateOnly(year, 12, 31);
        return db.CalendarDays.Where(d => d.Date >= from && d.Date <= to).OrderBy(d => d.Date).ToListAsync(ct);
    }

    public Task<CalendarDay?> FindDayAsync(DateOnly date, CancellationToken ct) => db.CalendarDays.FirstOrDefaultAsync(d => d.Date == date, ct);

    public async Task AddYearAsync(CalendarYear year, CancellationToken ct) => await db.CalendarYears.AddAsync(year, ct);

    public async Task AddDayAsync(CalendarDay day, CancellationToken ct) => await db.CalendarDays.AddAsync(day, ct);

    public void RemoveDay(CalendarDay day) => db.CalendarDays.Remove(day);
}
