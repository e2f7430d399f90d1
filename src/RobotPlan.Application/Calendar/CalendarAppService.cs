using P = RobotPlan.Permissions.RobotPlanPermissions;

namespace RobotPlan.Calendar;

public sealed class CalendarAppService(
    ICalendarRepository calendar,
    CalendarManager manager,
    IUnitOfWork unitOfWork,
    ICurrentUser currentUser) : ICalendarAppService
{
    public async Task<IReadOnlyList<CalendarYearDto>> GetYearsAsync(CancellationToken ct)
    {
        currentUser.CheckPermission(P.Calendar.Manage);
        var result = new List<CalendarYearDto>();
        foreach (var year in await calendar.GetYearsAsync(ct))
            result.Add(year.ToDto((await calendar.GetDaysAsync(year.Year, ct)).Select(d => d.ToDto()).ToList()));
        return result;
    }

    public async Task<CalendarYearDto> CreateYearAsync(CreateCalendarYearDto input, CancellationToken ct)
    {
        currentUser.CheckPermission(P.Calendar.Manage);
        var year = await manager.AddYearAsync(input.Year, input.Source, ct);
        await unitOfWork.SaveChangesAsync(ct);
        return year.ToDto([]);
    }

    public async Task<CalendarDayDto> CreateDayAsync(CreateCalendarDayDto input, CancellationToken ct)
    {
        currentUser.CheckPermission(P.Calendar.Manage);
        var day = await manager.AddDayAsync(input.Date!.Value, input.Kind!.Value, input.Note, ct);
        await unitOfWork.SaveChangesAsync(ct);
        return day.ToDto();
    }

    public async Task<CalendarDayDto> ChangeDayAsync(DateOnly date, ChangeCalendarDayDto input, CancellationToken ct)
    {
        currentUser.CheckPermission(P.Calendar.Manage);
        var day = await calendar.FindDayAsync(date, ct) ?? throw new EntityNotFoundException(typeof(CalendarDay), date);
        CalendarManager.Change(day, input.Kind!.Value, input.Note);
        await unitOfWork.SaveChangesAsync(ct);
        return day.ToDto();
    }

    public async Task DeleteDayAsync(DateOnly date, CancellationToken ct)
    {
        currentUser.CheckPermission(P.Calendar.Manage);
        var day = await calendar.FindDayAsync(date, ct) ?? throw new EntityNotFoundException(typeof(CalendarDay), date);
        calendar.RemoveDay(day);
        await unitOfWork.SaveChangesAsync(ct);
    }

    /// <summary>R-15: public, so enterprises and objectors can see when a notice closes.</summary>
    public async Task<NoticeEndDto> GetNoticeEndAsync(NoticeEndInput input, CancellationToken ct)
    {
        var start = input.Start!.Value;
        var endsOn = (await calendar.GetCalendarAsync(ct)).NthWorkingDay(start, input.WorkingDays);
        // "Ends at 24:00 of the Nth working day" is the first instant of the next day in Asia/Shanghai.
        return new NoticeEndDto(start, input.WorkingDays, endsOn, BusinessCalendarClock.StartOfDayUtc(endsOn.AddDays(1)));
    }
}
