using RobotPlan.CatalogBatches;
using RobotPlan.CatalogListings;
using RobotPlan.Credit;
using RobotPlan.Enterprises;
using RobotPlan.Products;
using RobotPlan.TestReports;
using R = RobotPlan.CatalogApplications.EligibilityRule;

namespace RobotPlan.CatalogApplications;

/// <summary>
/// in one place: the pre-check the enterprise sees and the guard of submission run this same code,
/// so "can I apply?" never disagrees with what Submit does. Every rule is evaluated (no short-circuit).
/// </summary>
public class CatalogEligibilityChecker(
    ICatalogApplicationRepository applications,
    ICatalogListingLookup listings,
    ICreditStanding credit,
    ITestReportRepository testReports,
    IEnterpriseRepository enterprises)
{
    public async Task<EligibilityResult> CheckAsync(CatalogApplication application, CatalogBatch batch, Product? product,
        DateTime now, DateOnly today, CancellationToken ct = default)
    {
        var checks = new List<EligibilityCheck>
        {
            new(R.ProductOfEnterprise, product is not null && product.EnterpriseId == application.EnterpriseId),
            new(R.BatchOpen, application.Status == CatalogApplicationStatus.Returned
                ? now < batch.RevisionDeadline
                : batch.AcceptsSubmissionsAt(now)),
            new(R.NoOtherOpenApplication,
                !await applications.HasOtherOpenApplicationAsync(application.ProductId, application.Catalog, application.Id, ct)),
            new(R.NotAlreadyListed, !await listings.HasActiveListingAsync(application.ProductId, application.Catalog, today, ct)),
        };
        if (application.Catalog == CatalogKind.FirstUnit)
        {
            // a blacklisted testing body's reports stop counting as evidence.
            var reports = (await testReports.GetByProductAsync(application.ProductId, ct)).Where(r => r.IsValidOn(today)).ToList();
            var blacklistedBodies = await credit.BlacklistedTestingBodiesAsync(reports.Select(r => r.TestingBodyId), ct);
            checks.Add(new(R.ValidTestReport, reports.Any(r => !blacklistedBodies.Contains(r.TestingBodyId))));
        }
        checks.Add(new(R.RequiredAttachments, RequiredAttachments(application.Catalog)
            .All(kind => application.Attachments.Any(a => a.Kind == kind))));
        checks.Add(new(R.NotBlacklisted, !await credit.IsBlacklistedAsync(application.EnterpriseId, today, ct)));
        checks.Add(new(R.ProductNotBlacklisted, !await credit.IsBlacklistedAsync(CreditSubjectKind.Product, application.ProductId, ct)));
        // Issue #14 (S-G): only an enterprise its district verified applies.
        checks.Add(new(R.EnterpriseVerified, await enterprises.IsVerifiedAsync(application.EnterpriseId, ct)));
        return new EligibilityResult(checks);
    }

    /// <summary>R-13 "required attachments present": the signed form, plus the catalog's evidence.</summary>
    public static IReadOnlyList<CatalogAttachmentKind> RequiredAttachments(CatalogKind catalog) => catalog == CatalogKind.FirstUnit
        ? [CatalogAttachmentKind.ApplicationForm, CatalogAttachmentKind.FirstSaleContract, CatalogAttachmentKind.IntellectualProperty]
        : [CatalogAttachmentKind.ApplicationForm, CatalogAttachmentKind.AfterSalesCommitment];
}
