using RobotPlan.CatalogListings;

namespace RobotPlan.CatalogBatches;

public interface ICatalogBatchRepository
{
    Task<CatalogBatch?> FindAsync(Guid id, CancellationToken ct = default);
    Task<List<CatalogBatch>> GetByIdsAsync(IReadOnlyCollection<Guid> ids, CancellationToken ct = default);
    Task<(int TotalCount, List<CatalogBatch> Items)> GetPageAsync(CatalogBatchFilter filter, CancellationToken ct = default);
    /// <summary>Batches whose recorded status lags behind their window at <paramref name="now"/> (R-10 job).</summary>
    Task<List<CatalogBatch>> GetDueForStatusChangeAsync(DateTime now, int max, CancellationToken ct = default);
    Task AddAsync(CatalogBatch batch, CancellationToken ct = default);
}

public sealed record CatalogBatchFilter(CatalogKind? Catalog, int? Year, CatalogBatchStatus? Status, string? Sorting, int SkipCount,
    int MaxResultCount);
