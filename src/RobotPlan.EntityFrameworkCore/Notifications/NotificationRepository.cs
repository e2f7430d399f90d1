using RobotPlan.Notifications;

namespace RobotPlan.EntityFrameworkCore.Notifications;

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

    public async Task<bool> ExistsAsync(Guid? userId, Guid? enterpriseId, string dedupKey, CancellationToken ct) =>
        // Also looks at the unsaved ones: a job raising the same key twice in one run still raises it once.
        Notifications.Local.Any(n => n.DedupKey == dedupKey && n.UserId == userId && n.EnterpriseId == enterpriseId)
        || await Notifications.AnyAsync(n => n.DedupKey == dedupKey && n.UserId == userId && n.EnterpriseId == enterpriseId, ct);

    public Task<int> MarkAllReadAsync(Guid userId, Guid? enterpriseId, DateTime now, CancellationToken ct) =>
        Notifications.Where(n => n.ReadAt == null && (n.UserId == userId || (enterpriseId != null && n.EnterpriseId == enterpriseId)))
            .ExecuteUpdateAsync(u => u.SetProperty(n => n.ReadAt, now), ct);
}

internal sealed class OutboxEmailRepository(RobotPlanDbContext db) : IOutboxEmailRepository
{
    private DbSet<OutboxEmail> Emails => db.Set<OutboxEmail>();

    public async Task AddAsync(OutboxEmail email, CancellationToken ct) => await Emails.AddAsync(email, ct);

    public Task<List<Guid>> GetDueIdsAsync(DateTime now, int max, CancellationToken ct) =>
        Emails.AsNoTracking().Where(e => e.SentAt == null && e.NextAttemptAt <= now)
            .OrderBy(e => e.NextAttemptAt).ThenBy(e => e.Id).Select(e => e.Id).Take(max).ToListAsync(ct);

    public async Task<OutboxEmail?> TryClaimAsync(Guid id, DateTime now, TimeSpan claimFor, CancellationToken ct)
    {
        var until = now + claimFor;
        var taken = await Emails.Where(e => e.Id == id && e.SentAt == null && e.NextAttemptAt <= now
                                            && (e.ClaimedUntil == null || e.ClaimedUntil < now))
            .ExecuteUpdateAsync(u => u.SetProperty(e => e.ClaimedUntil, until), ct);
        if (taken == 0) return null;
        var email = await Emails.FirstAsync(e => e.Id == id, ct);
        await db.Entry(email).ReloadAsync(ct);
        return email;
    }
}

internal sealed class NotificationRecipients(RobotPlanDbContext db) : INotificationRecipients
{
    public Task<List<NotificationRecipient>> OfEnterpriseAsync(Guid enterpriseId, CancellationToken ct) =>
        db.Users.AsNoTracking().Where(u => u.IsActive && u.EnterpriseId == enterpriseId)
            .OrderBy(u => u.UserName).Select(u => new NotificationRecipient(u.Id, u.Email)).ToListAsync(ct);

    public Task<List<NotificationRecipient>> InRoleAsync(string role, Guid? jurisdictionId, CancellationToken ct) =>
        db.Users.AsNoTracking()
            .Where(u => u.IsActive && db.UserRoles.Any(ur => ur.UserId == u.Id && db.Roles.Any(r => r.Id == ur.RoleId && r.Name == role)))
            .Where(u => jurisdictionId == null || u.JurisdictionId == jurisdictionId)
            .OrderBy(u => u.UserName).Select(u => new NotificationRecipient(u.Id, u.Email)).ToListAsync(ct);

    public Task<NotificationRecipient?> FindAsync(Guid userId, CancellationToken ct) =>
        db.Users.AsNoTracking().Where(u => u.Id == userId && u.IsActive).Select(u => new NotificationRecipient(u.Id, u.Email))
            .FirstOrDefaultAsync(ct);
}
