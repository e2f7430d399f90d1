namespace RobotPlan.Notifications;

public interface INotificationRepository
{
    Task<Notification?> FindAsync(Guid id, CancellationToken ct = default);
    /// <summary>Newest first: those addressed to the user or to the user's enterprise.</summary>
    Task<(int TotalCount, int UnreadCount, List<Notification> Items)> GetForRecipientAsync(Guid userId, Guid? enterpriseId, int skipCount,
        int maxResultCount, CancellationToken ct = default);
    Task AddAsync(Notification notification, CancellationToken ct = default);
    /// <summary>Whether a notification with this key was already raised for the user (re-runnable senders).</summary>
    Task<bool> ExistsAsync(Guid? userId, Guid? enterpriseId, string dedupKey, CancellationToken ct = default);
    /// <summary>Marks every unread notification of the recipient read; returns how many.</summary>
    Task<int> MarkAllReadAsync(Guid userId, Guid? enterpriseId, DateTime now, CancellationToken ct = default);
}
