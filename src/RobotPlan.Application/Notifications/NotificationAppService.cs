namespace RobotPlan.Notifications;

public sealed class NotificationAppService(INotificationRepository notifications, IUnitOfWork unitOfWork, ICurrentUser currentUser,
    IStringLocalizer<RobotPlanResource> localizer, TimeProvider clock) : INotificationAppService
{
    public async Task<NotificationListDto> GetMineAsync(GetNotificationsInput input, CancellationToken ct)
    {
        var userId = currentUser.Id ?? throw new AuthorizationException("authenticated");
        var (total, unread, items) = await notifications.GetForRecipientAsync(userId, currentUser.EnterpriseId, input.SkipCount,
            input.MaxResultCount, ct);
        return new NotificationListDto(total, unread, items.Select(ToDto).ToList());
    }

    public async Task<NotificationDto> MarkReadAsync(Guid id, CancellationToken ct)
    {
        if (currentUser.Id is null) throw new AuthorizationException("authenticated");
        var notification = await notifications.FindAsync(id, ct);
        if (notification is null || !notification.IsFor(currentUser)) throw new EntityNotFoundException(typeof(Notification), id);
        notification.MarkRead(clock.GetUtcNow().UtcDateTime);
        await unitOfWork.SaveChangesAsync(ct);
        return ToDto(notification);
    }

    public async Task<UnreadCountDto> GetUnreadCountAsync(CancellationToken ct)
    {
        var userId = currentUser.Id ?? throw new AuthorizationException("authenticated");
        var (_, unread, _) = await notifications.GetForRecipientAsync(userId, currentUser.EnterpriseId, 0, 0, ct);
        return new UnreadCountDto(unread);
    }

    public async Task<UnreadCountDto> MarkAllReadAsync(CancellationToken ct)
    {
        var userId = currentUser.Id ?? throw new AuthorizationException("authenticated");
        await notifications.MarkAllReadAsync(userId, currentUser.EnterpriseId, clock.GetUtcNow().UtcDateTime, ct);
        return new UnreadCountDto(0);
    }

    private NotificationDto ToDto(Notification n) =>
        new(n.Id, n.Kind, localizer[n.TextKey, [.. n.Arguments]].Value, n.Link, n.CreatedAt, n.ReadAt);
}
