using RobotPlan.CatalogApplications;
using RobotPlan.Catalogs;

namespace RobotPlan.EntityFrameworkCore.CatalogApplications;

/// <summary>
/// INTERIM: always "not listed". The CatalogListing entity is built on the catalog-listings branch; until it is
/// merged there is no table to ask. The lead wires the real query (Active and valid on the date, R-12) when merging.
/// </summary>
internal sealed class CatalogListingLookup : ICatalogListingLookup
{
    public Task<bool> HasActiveListingAsync(Guid productId, CatalogKind catalog, DateOnly on, CancellationToken ct) =>
        Task.FromResult(false);
}

/// <summary>INTERIM: always "not blacklisted". Credit records come with a later issue, which replaces this.</summary>
internal sealed class EnterpriseCreditLookup : IEnterpriseCreditLookup
{
    public Task<bool> IsBlacklistedAsync(Guid enterpriseId, DateOnly on, CancellationToken ct) => Task.FromResult(false);
}
