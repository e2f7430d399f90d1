using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using P = RobotPlan.Permissions.RobotPlanPermissions;

namespace RobotPlan.Calendar;

[Route("api/app/calendar")]
[Authorize(P.Calendar.Manage)]
public sealed class CalendarController(ICalendarAppService calendar) : RobotPlanAppControllerBase
{
    [HttpGet("years")]
    public Task<IReadOnlyList<CalendarYearDto>> GetYearsAsync(CancellationToken ct) => calendar.GetYearsAsync(ct);

    [HttpPost("years")]
    public Task<CalendarYearDto> CreateYearAsync(CreateCalendarYearDto input, CancellationToken ct) => calendar.CreateYearAsync(input, ct);

    [HttpPost("days")]
    public Task<CalendarDayDto> CreateDayAsync(CreateCalendarDayDto input, CancellationToken ct) => calendar.CreateDayAsync(input, ct);

    [HttpPut("days/{date}")]
    public Task<CalendarDayDto> ChangeDayAsync(DateOnly date, ChangeCalendarDayDto input, CancellationToken ct) =>
        calendar.ChangeDayAsync(date, input, ct);

    [HttpDelete("days/{date}")]
    [ProducesResponseType(StatusCodes.Status204NoContent)]
    public async Task<IActionResult> DeleteDayAsync(DateOnly date, CancellationToken ct)
    {
        await calendar.DeleteDayAsync(date, ct);
        return NoContent();
    }
}
