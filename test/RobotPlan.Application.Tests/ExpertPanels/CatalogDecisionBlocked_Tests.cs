using Microsoft.Extensions.DependencyInjection;
using RobotPlan.Application.Tests.CatalogApplications;
using RobotPlan.Application.Tests.Credit;
using RobotPlan.CatalogApplications;
using RobotPlan.CatalogBatches;
using RobotPlan.CatalogListings;
using RobotPlan.Credit;
using RobotPlan.ExpertPanels;
using RobotPlan.PublicNotices;
using S = RobotPlan.CatalogApplications.CatalogApplicationStatus;

namespace RobotPlan.Application.Tests.ExpertPanels;

/// <summary>Issue 19 finding 1: a file a rule blocks at the decision is named with its reasons and can be returned; the rest are decided.</summary>
public sealed class CatalogDecisionBlocked_Tests(RobotPlanTestHost host) : IClassFixture<RobotPlanTestHost>
{
    private readonly CatalogScenario _s = new(host);
    private readonly CreditScenario _c = new(host);
    private readonly ExpertReviewAndNotice_Tests _flow = new(host);

    [Fact]
    public async Task Should_Name_The_Blocked_File_With_Its_Reason_And_Decide_The_Rest_When_It_Is_Returned()
    {
        var batch = await _s.BatchAsync(CatalogKind.FirstUnit);
        var blocked = await PendingDecisionAsync(batch);
        var clean = await PendingDecisionAsync(batch);
        await _c.BlacklistAsync(CreditSubjectKind.Product, blocked.ProductId);
        await host.LoginAsAsync(RobotPlanTestData.MunicipalReviewer);

        var list = await _flow.Notices(n => n.GetBlockedFilesAsync(batch.Id));
        var refused = await Should.ThrowAsync<DecisionBlockedException>(() => _flow.Notices(n => n.DecideAsync(new DecideBatchDto { BatchId = batch.Id })));

        list.Select(f => f.ApplicationId).ShouldBe([blocked.Id]);
        list[0].Failures.Select(f => f.Rule).ShouldBe([EligibilityRule.ProductNotBlacklisted]);
        list[0].Failures[0].ReasonCode.ShouldBe("RobotPlan:Catalog.Eligibility.ProductNotBlacklisted");
        refused.Blocked.Select(b => b.ApplicationId).ShouldBe([blocked.Id]);
        (await _s.Applications(s => s.GetAsync(clean.Id))).Status.ShouldBe(S.PendingDecision);

        var returned = await _s.Applications(s => s.ReturnAsync(blocked.Id,
            new CatalogReasonTransitionDto { ConcurrencyStamp = list[0].ConcurrencyStamp, Reason = "该产品被列入严重失信名单" }));
        var notice = await _flow.Notices(n => n.DecideAsync(new DecideBatchDto { BatchId = batch.Id }));

        returned.Status.ShouldBe(S.Returned);
        returned.StatusReason.ShouldBe("该产品被列入严重失信名单");
        notice.Entries.Select(e => e.SubjectId).ShouldBe([clean.Id]);
        (await _flow.Notices(n => n.GetBlockedFilesAsync(batch.Id))).ShouldBeEmpty();
    }

    /// <summary>A first-unit file of A in <paramref name="batch"/>, through district and formal review and a panel scoring 75.</summary>
    private async Task<CatalogApplicationDto> PendingDecisionAsync(CatalogBatchDto batch)
    {
        var product = await _s.ProductAsync();
        await _s.IssueReportAsync(product);
        var file = await _s.AttachRequiredAsync(await _s.DraftAsync(batch, product));
        file = await _s.Applications(s => s.SubmitAsync(file.Id, new CatalogTransitionDto { ConcurrencyStamp = file.ConcurrencyStamp }));
        await host.LoginAsAsync(RobotPlanTestData.DistrictReviewerOfA);
        file = await _s.Applications(s => s.DistrictApproveAsync(file.Id, new CatalogTransitionDto { ConcurrencyStamp = file.ConcurrencyStamp }));
        await host.LoginAsAsync(RobotPlanTestData.MunicipalReviewer);
        file = await _s.Applications(s => s.FormalApproveAsync(file.Id, new CatalogTransitionDto { ConcurrencyStamp = file.ConcurrencyStamp }));
        var panel = await host.WithScopeAsync(sp => sp.GetRequiredService<IExpertPanelAppService>().DrawAsync(new DrawExpertPanelDto { ApplicationId = file.Id }));
        await _flow.ScoreAllAsync(panel, 75);
        await host.LoginAsAsync(RobotPlanTestData.MunicipalReviewer);
        return await _s.Applications(s => s.GetAsync(file.Id));
    }
}
