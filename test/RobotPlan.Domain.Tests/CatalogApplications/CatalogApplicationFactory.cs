using RobotPlan.CatalogApplications;
using RobotPlan.CatalogBatches;
using RobotPlan.CatalogListings;
using RobotPlan.Domain.Tests.CatalogBatches;
using S = RobotPlan.CatalogApplications.CatalogApplicationStatus;
using RobotPlan.Reviews;

namespace RobotPlan.Domain.Tests.CatalogApplications;

/// <summary>Builds a first-unit file and walks it along the legal path to any state.</summary>
internal static class CatalogApplicationFactory
{
    public static readonly ReviewActor Enterprise = new(Guid.CreateVersion7(), "企业用户", "enterprise", null);
    public static readonly ReviewActor District = new(Guid.CreateVersion7(), "区县审核员", "district-reviewer", Guid.CreateVersion7());
    public static readonly ReviewActor Municipal = new(Guid.CreateVersion7(), "市级审核员", "municipal-reviewer", null);
    public static readonly DateTime Now = CatalogBatchFactory.InWindow;

    public static FirstUnitForm Form { get; } = new(
        [new TechnicalIndicator("重复定位精度", "±0.02 mm", TechnologyLevel.Leading, TechnologyLevel.Comparable)],
        "HT-2025-001", new DateOnly(2025, 10, 1), [new Patent("ZL202310000001.2", "一种减速器")], 85.5m);

    public static CatalogApplication Draft(CatalogBatch batch)
    {
        var application = new CatalogApplication(batch, Guid.CreateVersion7(), Guid.CreateVersion7(), Now);
        application.FillFirstUnitForm(Form);
        return application;
    }

    /// <summary>A file in <paramref name="state"/>, reached only through legal transitions.</summary>
    public static CatalogApplication In(S state, CatalogBatch? batch = null)
    {
        batch ??= CatalogBatchFactory.Batch(CatalogKind.FirstUnit);
        var a = Draft(batch);
        if (state == S.Draft) return a;
        if (state == S.Withdrawn) { a.Withdraw(Enterprise, Now); return a; }
        a.Submit(batch, Enterprise, Now);
        if (state == S.Submitted) return a;
        if (state == S.Returned) { a.ReturnForRevision("缺少合同", District, Now); return a; }
        a.StartDistrictReview(District, Now);
        if (state == S.DistrictReview) return a;
        a.ApproveByDistrict(District, Now);
        if (state == S.MunicipalReview) return a;
        if (state == S.Rejected) { a.Reject("材料不实", Municipal, Now); return a; }
        a.ApproveFormalReview(Municipal, Now);
        if (state == S.ExpertReview) return a;
        a.CompleteExpertReview(true, 75m, Municipal, Now);
        if (state == S.PendingDecision) return a;
        a.Decide(Municipal, Now);
        if (state == S.InPublicNotice) return a;
        a.MarkListed(Guid.CreateVersion7(), Municipal, Now);
        return a;
    }
}
