using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using RobotPlan.Dtos;
using P = RobotPlan.Permissions.RobotPlanPermissions;

namespace RobotPlan.CatalogListings;

[Route("api/app/catalog-listings")]
[Authorize(P.Catalogs.ManageListings)]
public sealed class CatalogListingController(ICatalogListingAppService listings) : RobotPlanAppControllerBase
{
    [HttpGet]
    public Task<PagedResultDto<CatalogListingDto>> GetListAsync([FromQuery] GetCatalogListingsInput input, CancellationToken ct) =>
        listings.GetListAsync(input, ct);

    [HttpGet("{id:guid}")]
    public Task<CatalogListingDto> GetAsync(Guid id, CancellationToken ct) => listings.GetAsync(id, ct);

    [HttpPost("{id:guid}/suspend")]
    public Task<CatalogListingDto> SuspendAsync(Guid id, ChangeListingStatusDto input, CancellationToken ct) => listings.SuspendAsync(id, input, ct);

    [HttpPost("{id:guid}/reinstate")]
    public Task<CatalogListingDto> ReinstateAsync(Guid id, ChangeListingStatusDto input, CancellationToken ct) =>
        listings.ReinstateAsync(id, input, ct);

    [HttpPost("{id:guid}/revoke")]
    public Task<CatalogListingDto> RevokeAsync(Guid id, ChangeListingStatusDto input, CancellationToken ct) => listings.RevokeAsync(id, input, ct);
}
