namespace RobotPlan.EntityFrameworkCore.CatalogBatches;

internal sealed class CatalogBatchRepository(RobotPlanDbContext db) : ICatalogBatchRepository
{
    private static readonly Dictionary<string, Expression<Func<CatalogBatch, object?>>> SortFields = new(StringComparer.OrdinalIgnoreCase)
    {
        ["opensAt"] = b => b.OpensAt,
        ["closesAt"] = b => b.ClosesAt,
        ["year"] = b => b.Year,
        ["title"] = b => b.Title,
    };

    public Task<CatalogBatch?> FindAsync(Guid id, CancellationToken ct) => db.CatalogBatches.FirstOrDefaultAsync(b => b.Id == id, ct);

    public Task<List<CatalogBatch>> GetByIdsAsync(IReadOnlyCollection<Guid> ids, CancellationToken ct) =>
        db.CatalogBatches.AsNoTracking().Where(b => ids.Contains(b.Id)).ToListAsync(ct);

    public Task<(int TotalCount, List<CatalogBatch> Items)> GetPageAsync(CatalogBatchFilter filter, CancellationToken ct)
    {
        var query = db.CatalogBatches.AsNoTracking();
        if (filter.Catalog is { } catalog) query = query.Where(b => b.Catalog == catalog);
        if (filter.Year is { } year) query = query.Where(b => b.Year == year);
        if (filter.Status is { } status) query = query.Where(b => b.Status == status);
        return query.ToPageAsync(filter.Sorting ?? "opensAt desc", SortFields, b => b.OpensAt, filter.SkipCount, filter.MaxResultCount, ct);
    }

    public Task<List<CatalogBatch>> GetDueForStatusChangeAsync(DateTime now, int max, CancellationToken ct) =>
        db.CatalogBatches
            .Where(b => (b.Status == CatalogBatchStatus.Scheduled && b.OpensAt <= now)
                || (b.Status != CatalogBatchStatus.Closed && b.ClosesAt <= now)
                || (b.Status != CatalogBatchStatus.Scheduled && b.OpensAt > now))
            .OrderBy(b => b.OpensAt)
            .Take(max)
            .ToListAsync(ct);

    public async Task AddAsync(CatalogBatch batch, CancellationToken ct) => await db.CatalogBatches.AddAsync(batch, ct);
}
