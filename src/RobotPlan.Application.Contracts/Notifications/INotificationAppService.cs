namespace RobotPlan.Notifications;

/// <summary>The signed-in user's in-app notifications (their own and their enterprise's).</summary>
public interface INotificationAppService
{
    Task<NotificationListDto> GetMineAsync(GetNotificationsInput input, CancellationToken ct = default);
    /// <summary>Another user's notification answers 404.</summary>
    Task<NotificationDto> MarkReadAsync(Guid id, CancellationToken ct = default);
    /// <summary>For the bell: how many of the user's notifications are unread.</summary>
    Task<UnreadCountDto> GetUnreadCountAsync(CancellationToken ct = default);
    /// <summary>Marks all of the user's (and their enterprise's) notifications read; returns how many changed.</summary>
    Task<UnreadCountDto> MarkAllReadAsync(CancellationToken ct = default);
}
