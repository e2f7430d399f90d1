namespace RobotPlan.CatalogListings;

/// <summary>Municipal management of published listings .</summary>
public interface ICatalogListingAppService
{
    Task<PagedResultDto<CatalogListingDto>> GetListAsync(GetCatalogListingsInput input, CancellationToken ct = default);
    Task<CatalogListingDto> GetAsync(Guid id, CancellationToken ct = default);
    Task<CatalogListingDto> SuspendAsync(Guid id, ChangeListingStatusDto input, CancellationToken ct = default);
    Task<CatalogListingDto> ReinstateAsync(Guid id, ChangeListingStatusDto input, CancellationToken ct = default);
    Task<CatalogListingDto> RevokeAsync(Guid id, ChangeListingStatusDto input, CancellationToken ct = default);
}
