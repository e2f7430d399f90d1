namespace RobotPlan.Notifications;

public interface INotificationRepository
{
    Task<Notification?> FindAsync(Guid id, CancellationToken ct = default);
    /// <summary>Newest first: those addressed to the user or to the user's enterprise.</summary>
    Task<(int TotalCount, int UnreadCount, List<Notification> Items)> GetForRecipientAsync(Guid userId, Guid? enterpriseId, int skipCount,
        int maxResultCount, CancellationToken ct = default);
    Task AddAsync(Notification notification, CancellationToken ct = default);
}
