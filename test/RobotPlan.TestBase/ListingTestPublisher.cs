using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using RobotPlan.CatalogListings;
using RobotPlan.EntityFrameworkCore;

namespace RobotPlan;

/// <summary>Publishes a seeded demo product as the notice-end job will, for tests of what comes after.</summary>
public static class ListingTestPublisher
{
    public static async Task<CatalogListing> PublishAsync(IServiceProvider root, string model, CatalogKind catalog, DateOnly publicationDate,
        int validityYears = CatalogListingConsts.DefaultValidityYears)
    {
        await using var scope = root.CreateAsyncScope();
        var sp = scope.ServiceProvider;
        var db = sp.GetRequiredService<RobotPlanDbContext>();
        var product = await db.Products.SingleAsync(p => p.Model == model);
        var reports = await db.TestReports.Where(r => r.ProductId == product.Id).Select(r => r.Id).ToListAsync();
        return await sp.GetRequiredService<CatalogListingManager>().PublishAsync(product.Id, product.EnterpriseId, catalog, Guid.CreateVersion7(),
            reports, publicationDate, validityYears);
    }
}
