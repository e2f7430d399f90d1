using Microsoft.Extensions.Localization;
using RobotPlan.Localization;
using RobotPlan.SeedWork;

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

    private NotificationDto ToDto(Notification n) =>
        new(n.Id, n.Kind, localizer[n.TextKey, [.. n.Arguments]].Value, n.Link, n.CreatedAt, n.ReadAt);
}
