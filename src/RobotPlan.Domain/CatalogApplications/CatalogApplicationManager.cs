using RobotPlan.CatalogBatches;
using RobotPlan.Errors;
using RobotPlan.Products;
using RobotPlan.SeedWork;
using RobotPlan.Timing;
using RobotPlan.Reviews;

namespace RobotPlan.CatalogApplications;

/// <summary>The rules that need repositories: ownership, one open file per product and catalog, eligibility .</summary>
public class CatalogApplicationManager(ICatalogApplicationRepository applications, CatalogEligibilityChecker checker, TimeProvider clock)
{
    public async Task<CatalogApplication> CreateDraftAsync(CatalogBatch batch, Product product, Guid enterpriseId, CancellationToken ct = default)
    {
        if (product.EnterpriseId != enterpriseId) throw new BusinessException(RobotPlanErrorCodes.ProductNotOwned, "productId");
        var now = clock.GetUtcNow().UtcDateTime;
        batch.EnsureAcceptsSubmissions(now);
        if (await applications.HasOtherOpenApplicationAsync(product.Id, batch.Catalog, null, ct))
            throw new BusinessException(RobotPlanErrorCodes.OpenApplicationExists);
        var application = new CatalogApplication(batch, enterpriseId, product.Id, now);
        await applications.AddAsync(application, ct);
        return application;
    }

    public Task<EligibilityResult> CheckAsync(CatalogApplication application, CatalogBatch batch, Product? product, CancellationToken ct = default) =>
        checker.CheckAsync(application, batch, product, clock.GetUtcNow().UtcDateTime, clock.Today(), ct);

    /// <summary>The window's own code first (R-10: a closed batch is a 422 BatchClosed), then every failed rule at once.</summary>
    public async Task SubmitAsync(CatalogApplication application, CatalogBatch batch, Product? product, ReviewActor actor,
        CancellationToken ct = default)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        application.EnsureSubmittable(batch, now);
        var result = await checker.CheckAsync(application, batch, product, now, clock.Today(), ct);
        if (!result.IsEligible) throw new NotEligibleException([.. result.Failures]);
        application.Submit(batch, actor, now);
    }
}
