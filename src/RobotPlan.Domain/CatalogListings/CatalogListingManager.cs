using RobotPlan.Credit;
using RobotPlan.Enterprises;
using RobotPlan.Products;
using RobotPlan.SeedWork;

namespace RobotPlan.CatalogListings;

/// <summary>Publishing needs the number counter, the product and the enterprise: R-16.</summary>
public class CatalogListingManager(ICatalogListingRepository listings, IProductRepository products, IEnterpriseRepository enterprises,
    IUnitOfWork unitOfWork, ICurrentUser currentUser, TimeProvider clock, ICreditStanding credit)
{
    /// <summary>
    /// Lists the product and commits: the number is taken inside the same transaction that saves the listing (and
    /// whatever the caller changed in this unit of work, e.g. the application's Listed state), so a failed save
    /// leaves no gap and two publishers never share a number.
    /// </summary>
    public async Task<CatalogListing> PublishAsync(Guid productId, Guid enterpriseId, CatalogKind catalog, Guid applicationId,
        IReadOnlyCollection<Guid> reliedOnReportIds, DateOnly publicationDate, int validityYears = CatalogListingConsts.DefaultValidityYears,
        Action<CatalogListing>? beforeSave = null, CancellationToken ct = default)
    {
        // Read before the transaction: SQLite's writer lock is then held only for the counter and the inserts.
        var product = (await products.GetByIdsAsync([productId], ct)).SingleOrDefault()
                      ?? throw new EntityNotFoundException(typeof(Product), productId);
        var enterprise = await enterprises.FindAsync(enterpriseId, ct) ?? throw new EntityNotFoundException(typeof(Enterprise), enterpriseId);
        if (product.EnterpriseId != enterprise.Id) throw new EntityNotFoundException(typeof(Product), productId);
        // a blacklisted product cannot be listed, whoever asks.
        if (await credit.IsBlacklistedAsync(CreditSubjectKind.Product, productId, ct))
            throw new BusinessException(CreditErrorCodes.ProductBlacklisted, null, product.Model);
        var snapshot = new CatalogListingSnapshot(product.Name, product.Model, product.CategoryCode, enterprise.LegalName,
            enterprise.JurisdictionId, product.Description);

        return await unitOfWork.InTransactionAsync(async () =>
        {
            var sequence = await listings.NextSequenceAsync(catalog, publicationDate.Year, ct);
            var listing = new CatalogListing(catalog, sequence, productId, enterpriseId, applicationId, snapshot, reliedOnReportIds,
                publicationDate, validityYears, currentUser.Id, clock.GetUtcNow().UtcDateTime);
            await listings.AddAsync(listing, ct);
            // The caller's own change (e.g. the application becoming Listed) commits with the listing or not at all.
            beforeSave?.Invoke(listing);
            await unitOfWork.SaveChangesAsync(ct);
            return listing;
        }, ct);
    }
}
