using Microsoft.EntityFrameworkCore;
using RobotPlan.CatalogApplications;
using RobotPlan.CatalogListings;

namespace RobotPlan.EntityFrameworkCore.CatalogApplications;

/// <summary>R-12: "already listed and valid in this catalog" = an Active listing whose validity covers the date.</summary>
internal sealed class CatalogListingLookup(RobotPlanDbContext db) : ICatalogListingLookup
{
    public Task<bool> HasActiveListingAsync(Guid productId, CatalogKind catalog, DateOnly on, CancellationToken ct) =>
        db.Set<CatalogListing>().AnyAsync(l => l.ProductId == productId && l.Catalog == catalog
            && l.Status == CatalogListingStatus.Active && l.ValidFrom <= on && on < l.ValidTo, ct);
}
