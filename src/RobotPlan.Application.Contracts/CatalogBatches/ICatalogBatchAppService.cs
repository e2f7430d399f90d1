namespace RobotPlan.CatalogBatches;

public interface ICatalogBatchAppService
{
    /// <summary>Everyone with catalog access sees the batches (enterprises need them to apply).</summary>
    Task<PagedResultDto<CatalogBatchDto>> GetListAsync(GetCatalogBatchesInput input, CancellationToken ct = default);
    Task<CatalogBatchDto> GetAsync(Guid id, CancellationToken ct = default);

    /// <summary>
    /// Anyone, signed in or not: the batches taking applications now, the soonest to close first (R-10; the home page
    /// tells applicants what they can still apply to and until when).
    /// </summary>
    Task<IReadOnlyList<CatalogBatchDto>> GetOpenAsync(int maxResultCount, CancellationToken ct = default);
    Task<CatalogBatchDto> CreateAsync(CreateCatalogBatchDto input, CancellationToken ct = default);
    Task<CatalogBatchDto> UpdateAsync(Guid id, UpdateCatalogBatchDto input, CancellationToken ct = default);
    Task<CatalogBatchProgressDto> GetProgressAsync(Guid id, CancellationToken ct = default);
}
