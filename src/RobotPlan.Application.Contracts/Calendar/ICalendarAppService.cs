namespace RobotPlan.Calendar;

/// <summary>节假日日历: kept by administrators; the notice-end calculator is public.</summary>
public interface ICalendarAppService
{
    Task<IReadOnlyList<CalendarYearDto>> GetYearsAsync(CancellationToken ct = default);
    Task<CalendarYearDto> CreateYearAsync(CreateCalendarYearDto input, CancellationToken ct = default);
    Task<CalendarDayDto> CreateDayAsync(CreateCalendarDayDto input, CancellationToken ct = default);
    Task<CalendarDayDto> ChangeDayAsync(DateOnly date, ChangeCalendarDayDto input, CancellationToken ct = default);
    Task DeleteDayAsync(DateOnly date, CancellationToken ct = default);
    Task<NoticeEndDto> GetNoticeEndAsync(NoticeEndInput input, CancellationToken ct = default);
}
