using RobotPlan.CatalogListings;

namespace RobotPlan.CatalogApplications;

/// <summary>R-12: is the product already listed and valid in the catalog? Answered from the listings, owned by another feature.</summary>
public interface ICatalogListingLookup
{
    Task<bool> HasActiveListingAsync(Guid productId, CatalogKind catalog, DateOnly on, CancellationToken ct = default);
}
