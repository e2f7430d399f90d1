namespace RobotPlan.Notifications;

/// <summary>The signed-in user's in-app notifications (their own and their enterprise's).</summary>
public interface INotificationAppService
{
    Task<NotificationListDto> GetMineAsync(GetNotificationsInput input, CancellationToken ct = default);
    /// <summary>Another user's notification answers 404.</summary>
    Task<NotificationDto> MarkReadAsync(Guid id, CancellationToken ct = default);
}
