using P = RobotPlan.Permissions.RobotPlanPermissions;

namespace RobotPlan.CatalogListings;

public sealed class CatalogListingAppService(ICatalogListingRepository listings, IUnitOfWork unitOfWork, ICurrentUser currentUser,
    TimeProvider clock) : ICatalogListingAppService
{
    public async Task<PagedResultDto<CatalogListingDto>> GetListAsync(GetCatalogListingsInput input, CancellationToken ct)
    {
        currentUser.CheckPermission(P.Catalogs.ManageListings);
        var (total, items) = await listings.GetPageAsync(new CatalogListingFilter(input.Number, input.Catalog, input.Status, null,
            input.Sorting, input.SkipCount, input.MaxResultCount), ct);
        return new(total, items.Select(l => l.ToDto()).ToList());
    }

    public async Task<CatalogListingDto> GetAsync(Guid id, CancellationToken ct)
    {
        currentUser.CheckPermission(P.Catalogs.ManageListings);
        return (await LoadAsync(id, ct)).ToDto();
    }

    public Task<CatalogListingDto> SuspendAsync(Guid id, ChangeListingStatusDto input, CancellationToken ct) =>
        ChangeAsync(id, input, (l, d, now) => l.Suspend(d, currentUser.Id, now), ct);

    public Task<CatalogListingDto> ReinstateAsync(Guid id, ChangeListingStatusDto input, CancellationToken ct) =>
        ChangeAsync(id, input, (l, d, now) => l.Reinstate(d, currentUser.Id, now), ct);

    public Task<CatalogListingDto> RevokeAsync(Guid id, ChangeListingStatusDto input, CancellationToken ct) =>
        ChangeAsync(id, input, (l, d, now) => l.Revoke(d, currentUser.Id, now), ct);

    private async Task<CatalogListingDto> ChangeAsync(Guid id, ChangeListingStatusDto input, Action<CatalogListing, StatusDocument, DateTime> act,
        CancellationToken ct)
    {
        currentUser.CheckPermission(P.Catalogs.ManageListings);
        var listing = await LoadAsync(id, ct);
        unitOfWork.ExpectConcurrencyStamp(listing, input.ConcurrencyStamp);
        act(listing, StatusDocument.Manual(input.Reason, input.DocumentNumber, input.DocumentDate), clock.GetUtcNow().UtcDateTime);
        await unitOfWork.SaveChangesAsync(ct);
        return listing.ToDto();
    }

    private async Task<CatalogListing> LoadAsync(Guid id, CancellationToken ct) =>
        await listings.FindAsync(id, ct) ?? throw new EntityNotFoundException(typeof(CatalogListing), id);
}
