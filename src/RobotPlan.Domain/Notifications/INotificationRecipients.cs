namespace RobotPlan.Notifications;

/// <summary>Who receives a notification: active users found by enterprise or by role (and jurisdiction).</summary>
public interface INotificationRecipients
{
    Task<List<NotificationRecipient>> OfEnterpriseAsync(Guid enterpriseId, CancellationToken ct = default);
    /// <summary>Users in <paramref name="role"/>; with a jurisdiction, only those bound to it.</summary>
    Task<List<NotificationRecipient>> InRoleAsync(string role, Guid? jurisdictionId, CancellationToken ct = default);
    Task<NotificationRecipient?> FindAsync(Guid userId, CancellationToken ct = default);
}

public sealed record NotificationRecipient(Guid UserId, string? Email);
