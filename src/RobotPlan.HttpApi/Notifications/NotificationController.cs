using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;

namespace RobotPlan.Notifications;

/// <summary>Any signed-in user reads their own notifications; there is no permission beyond being someone.</summary>
[Route("api/app/notifications")]
[Authorize]
public sealed class NotificationController(INotificationAppService notifications) : RobotPlanControllerBase
{
    [HttpGet]
    public Task<NotificationListDto> GetMineAsync([FromQuery] GetNotificationsInput input, CancellationToken ct) =>
        notifications.GetMineAsync(input, ct);

    [HttpPost("{id:guid}/read")]
    public Task<NotificationDto> MarkReadAsync(Guid id, CancellationToken ct) => notifications.MarkReadAsync(id, ct);

    [HttpGet("unread-count")]
    public Task<UnreadCountDto> GetUnreadCountAsync(CancellationToken ct) => notifications.GetUnreadCountAsync(ct);

    [HttpPost("read-all")]
    public Task<UnreadCountDto> MarkAllReadAsync(CancellationToken ct) => notifications.MarkAllReadAsync(ct);
}
