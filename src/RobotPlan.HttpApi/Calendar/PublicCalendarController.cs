using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;

namespace RobotPlan.Calendar;

[Route("api/public/calendar")]
[AllowAnonymous]
public sealed class PublicCalendarController(ICalendarAppService calendar) : RobotPlanControllerBase
{
    /// <summary>R-15: when a notice of N working days starting on a date ends (422 RobotPlan:Calendar.YearMissing for unknown years).</summary>
    [HttpGet("notice-end")]
    public Task<NoticeEndDto> GetNoticeEndAsync([FromQuery] NoticeEndInput input, CancellationToken ct) =>
        calendar.GetNoticeEndAsync(input, ct);
}
