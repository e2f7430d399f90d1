namespace RobotPlan.EntityFrameworkCore.PublicNotices;

internal sealed class PublicNoticeRepository(RobotPlanDbContext db) : IPublicNoticeRepository
{
    public Task<PublicNotice?> FindAsync(Guid id, CancellationToken ct) => db.PublicNotices.FirstOrDefaultAsync(n => n.Id == id, ct);

    public Task<PublicNotice?> FindByObjectionAsync(Guid objectionId, CancellationToken ct) =>
        db.PublicNotices.FirstOrDefaultAsync(n => n.Objections.Any(o => o.Id == objectionId), ct);

    public async Task<(int TotalCount, List<PublicNotice> Items)> GetPageAsync(DateTime? openAt, int skipCount, int maxResultCount,
        CancellationToken ct)
    {
        var query = db.PublicNotices.AsNoTracking();
        if (openAt is { } now) query = query.Where(n => n.PublishedAt <= now && now < n.EndsAtUtc);
        var total = await query.CountAsync(ct);
        var items = await query.OrderByDescending(n => n.PublishedAt).Skip(skipCount).Take(maxResultCount).ToListAsync(ct);
        return (total, items);
    }

    public Task<List<PublicNotice>> GetWithOpenObjectionsAsync(CancellationToken ct) =>
        db.PublicNotices.AsNoTracking().Where(n => n.Objections.Any(o => o.Status == ObjectionStatus.Open))
            .OrderBy(n => n.EndsAtUtc).ToListAsync(ct);

    public async Task AddAsync(PublicNotice notice, CancellationToken ct) => await db.PublicNotices.AddAsync(notice, ct);
}
