using RobotPlan.CatalogListings;
using RobotPlan.Enterprises;
using RobotPlan.Errors;
using RobotPlan.FirstUnitInsurance;
using RobotPlan.Products;
using RobotPlan.SeedWork;

namespace RobotPlan.SubsidyClaims;

/// <summary>What an enterprise's draft is built from, read from other features: its own policy, the purchase, the listed product.</summary>
public sealed class ClaimDraftSources(
    IInsurancePolicyRepository policies,
    IProductRepository products,
    IEnterpriseRepository enterprises,
    ICatalogListingRepository listings)
{
    public async Task<InsurancePolicy> OwnPolicyAsync(Guid enterpriseId, Guid policyId, CancellationToken ct)
    {
        var policy = await policies.FindAsync(policyId, ct);
        // Another enterprise's policy is refused like a missing one: its existence is not revealed.
        if (policy is null || policy.EnterpriseId != enterpriseId) throw new BusinessException(RobotPlanErrorCodes.ClaimPolicyNotOwned, "policyId");
        return policy;
    }

    /// <summary>The purchase as the buyer entered it, with the buyer's USCC from its registration.</summary>
    public async Task<RewardPurchase> PurchaseAsync(Guid buyerId, RewardPurchaseInput input, CancellationToken ct)
    {
        if (await products.FindAsync(input.ProductId!.Value, ct) is null)
            throw new BusinessException(RobotPlanErrorCodes.ClaimProductNotFound, "purchase.productId");
        var buyer = await enterprises.FindAsync(buyerId, ct) ?? throw new EntityNotFoundException(typeof(Enterprise), buyerId);
        return new RewardPurchase(input.ProductId.Value, input.SerialNumber.Trim(), buyer.Uscc, input.ContractNumber.Trim(), input.ContractDate!.Value,
            input.DeliveryDate!.Value, input.ContractPrice);
    }

    public async Task<ClaimProductDto?> FindListedProductAsync(string listingNumber, CancellationToken ct)
    {
        var listing = await listings.FindByNumberAsync(listingNumber.Trim(), ct);
        // Only the first-unit catalog's products are rewarded; whether it was Active on delivery is a rule of the pre-check.
        return listing is { Catalog: CatalogListings.CatalogKind.FirstUnit }
            ? new ClaimProductDto(listing.ProductId, listing.Number, listing.ProductName, listing.ProductModel, listing.EnterpriseName)
            : null;
    }
}
