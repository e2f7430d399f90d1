using Microsoft.EntityFrameworkCore;
using RobotPlan.Notifications;

namespace RobotPlan.EntityFrameworkCore.Repositories;

internal sealed class NotificationRepository(RobotPlanDbContext db) : INotificationRepository
{
    private DbSet<Notification> Notifications => db.Set<Notification>();

    public Task<Notification?> FindAsync(Guid id, CancellationToken ct) => Notifications.FirstOrDefaultAsync(n => n.Id == id, ct);

    public async Task<(int TotalCount, int UnreadCount, List<Notification> Items)> GetForRecipientAsync(Guid userId, Guid? enterpriseId,
        int skipCount, int maxResultCount, CancellationToken ct)
    {
        var query = Notifications.AsNoTracking().Where(n => n.UserId == userId || (enterpriseId != null && n.EnterpriseId == enterpriseId));
        var total = await query.CountAsync(ct);
        var unread = await query.CountAsync(n => n.ReadAt == null, ct);
        var items = await query.OrderByDescending(n => n.CreatedAt).ThenByDescending(n => n.Id).Skip(skipCount).Take(maxResultCount).ToListAsync(ct);
        return (total, unread, items);
    }

    public async Task AddAsync(Notification notification, CancellationToken ct) => await Notifications.AddAsync(notification, ct);
}
