using RobotPlan.CatalogBatches;
using RobotPlan.Catalogs;
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
    IEnterpriseCreditLookup credit,
    ITestReportRepository testReports)
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
            var reports = await testReports.GetByProductAsync(application.ProductId, ct);
            checks.Add(new(R.ValidTestReport, reports.Any(r => r.IsValidOn(today))));
        }
        checks.Add(new(R.RequiredAttachments, RequiredAttachments(application.Catalog)
            .All(kind => application.Attachments.Any(a => a.Kind == kind))));
        checks.Add(new(R.NotBlacklisted, !await credit.IsBlacklistedAsync(application.EnterpriseId, today, ct)));
        return new EligibilityResult(checks);
    }

    /// <summary>R-13 "required attachments present": the signed form, plus the catalog's evidence.</summary>
    public static IReadOnlyList<CatalogAttachmentKind> RequiredAttachments(CatalogKind catalog) => catalog == CatalogKind.FirstUnit
        ? [CatalogAttachmentKind.ApplicationForm, CatalogAttachmentKind.FirstSaleContract, CatalogAttachmentKind.IntellectualProperty]
        : [CatalogAttachmentKind.ApplicationForm, CatalogAttachmentKind.AfterSalesCommitment];
}
