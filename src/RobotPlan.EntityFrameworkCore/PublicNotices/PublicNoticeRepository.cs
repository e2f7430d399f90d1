namespace RobotPlan.EntityFrameworkCore.PublicNotices;

/// <summary>
/// A notice owns two collections (its entries and its objections), so every load says how to query them (EF Core warns
/// otherwise): one notice in one query, a consistent aggregate to change; lists split, so that a page of notices does
/// not multiply each notice's entries by its objections.
/// </summary>
internal sealed class PublicNoticeRepository(RobotPlanDbContext db) : IPublicNoticeRepository
{
    public Task<PublicNotice?> FindAsync(Guid id, CancellationToken ct) => db.PublicNotices.AsSingleQuery().FirstOrDefaultAsync(n => n.Id == id, ct);

    public Task<PublicNotice?> FindByObjectionAsync(Guid objectionId, CancellationToken ct) =>
        db.PublicNotices.AsSingleQuery().FirstOrDefaultAsync(n => n.Objections.Any(o => o.Id == objectionId), ct);

    public async Task<(int TotalCount, List<PublicNotice> Items)> GetPageAsync(DateTime? openAt, int skipCount, int maxResultCount,
        CancellationToken ct)
    {
        var query = db.PublicNotices.AsNoTracking();
        if (openAt is { } now) query = query.Where(n => n.PublishedAt <= now && now < n.EndsAtUtc);
        var total = await query.CountAsync(ct);
        var items = await query.OrderByDescending(n => n.PublishedAt).ThenBy(n => n.Id).Skip(skipCount).Take(maxResultCount)
            .AsSplitQuery().ToListAsync(ct);
        return (total, items);
    }

    public Task<List<PublicNotice>> GetWithOpenObjectionsAsync(CancellationToken ct) =>
        db.PublicNotices.AsNoTracking().Where(n => n.Objections.Any(o => o.Status == ObjectionStatus.Open))
            .OrderBy(n => n.EndsAtUtc).ThenBy(n => n.Id).AsSplitQuery().ToListAsync(ct);

    public async Task AddAsync(PublicNotice notice, CancellationToken ct) => await db.PublicNotices.AddAsync(notice, ct);
}
