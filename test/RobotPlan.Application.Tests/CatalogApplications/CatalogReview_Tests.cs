using RobotPlan.CatalogApplications;
using RobotPlan.CatalogListings;
using RobotPlan.Errors;
using RobotPlan.SeedWork;
using S = RobotPlan.CatalogApplications.CatalogApplicationStatus;

namespace RobotPlan.Application.Tests.CatalogApplications;

public sealed class CatalogReview_Tests(RobotPlanTestHost host) : IClassFixture<RobotPlanTestHost>
{
    private readonly CatalogScenario _s = new(host);

    private static CatalogTransitionDto Stamp(CatalogApplicationDto a) => new() { ConcurrencyStamp = a.ConcurrencyStamp };

    [Fact]
    public async Task Should_Hide_File_From_District_Reviewer_Of_Another_Jurisdiction()
    {
        var file = await _s.SubmittedAsync();
        await host.LoginAsAsync(RobotPlanTestData.DistrictReviewerOther);

        await Should.ThrowAsync<EntityNotFoundException>(() => _s.Applications(s => s.GetAsync(file.Id)));
        await Should.ThrowAsync<EntityNotFoundException>(() => _s.Applications(s => s.DistrictApproveAsync(file.Id, Stamp(file))));
        (await _s.Applications(s => s.GetListAsync(new GetCatalogApplicationsInput()))).Items.ShouldNotContain(a => a.Id == file.Id);
    }

    [Fact]
    public async Task Should_Move_Through_District_And_Formal_Review_Recording_Each_Step()
    {
        var file = await _s.SubmittedAsync();
        await host.LoginAsAsync(RobotPlanTestData.DistrictReviewerOfA);
        file = await _s.Applications(s => s.DistrictApproveAsync(file.Id, Stamp(file)));
        file.Status.ShouldBe(S.MunicipalReview);

        await host.LoginAsAsync(RobotPlanTestData.MunicipalReviewer);
        file = await _s.Applications(s => s.FormalApproveAsync(file.Id, Stamp(file)));

        file.Status.ShouldBe(S.ExpertReview);
        file.History.Select(h => h.To).ShouldBe([S.Submitted, S.DistrictReview, S.MunicipalReview, S.ExpertReview]);
        file.History[1].ShouldSatisfyAllConditions(h => h.ActorRole.ShouldBe("district-reviewer"), h => h.ActorJurisdictionId.ShouldBe(host.Data.JurisdictionAId));
        await host.LoginAsAsync(RobotPlanTestData.EnterpriseAUser);
        (await _s.Applications(s => s.GetAsync(file.Id))).History.Count.ShouldBe(4);
    }

    [Fact]
    public async Task Should_Return_With_Reason_And_Accept_Resubmission()
    {
        var file = await _s.SubmittedAsync();
        await host.LoginAsAsync(RobotPlanTestData.DistrictReviewerOfA);
        file = await _s.Applications(s => s.ReturnAsync(file.Id, new CatalogReasonTransitionDto { ConcurrencyStamp = file.ConcurrencyStamp, Reason = "合同扫描件不清晰" }));
        file.ShouldSatisfyAllConditions(f => f.Status.ShouldBe(S.Returned), f => f.StatusReason.ShouldBe("合同扫描件不清晰"));

        await host.LoginAsAsync(RobotPlanTestData.EnterpriseAUser);
        file = await _s.Applications(s => s.SubmitAsync(file.Id, Stamp(file)));
        file.Status.ShouldBe(S.Submitted);
    }

    [Fact]
    public async Task Should_Refuse_District_Reviewer_When_File_Is_In_Municipal_Review()
    {
        var file = await _s.SubmittedAsync();
        await host.LoginAsAsync(RobotPlanTestData.DistrictReviewerOfA);
        file = await _s.Applications(s => s.DistrictApproveAsync(file.Id, Stamp(file)));

        await Should.ThrowAsync<AuthorizationException>(() => _s.Applications(s =>
            s.RejectAsync(file.Id, new CatalogReasonTransitionDto { ConcurrencyStamp = file.ConcurrencyStamp, Reason = "x" })));
        var error = await Should.ThrowAsync<BusinessException>(() => _s.Applications(s => s.DistrictApproveAsync(file.Id, Stamp(file))));
        error.Code.ShouldBe(RobotPlanErrorCodes.IllegalTransition);
    }

    [Fact]
    public async Task Should_Reject_With_Reason_As_Municipal_Reviewer()
    {
        var file = await _s.SubmittedAsync(CatalogKind.KeyProcurement);
        await host.LoginAsAsync(RobotPlanTestData.DistrictReviewerOfA);
        file = await _s.Applications(s => s.DistrictApproveAsync(file.Id, Stamp(file)));
        await host.LoginAsAsync(RobotPlanTestData.MunicipalReviewer);

        file = await _s.Applications(s => s.RejectAsync(file.Id, new CatalogReasonTransitionDto { ConcurrencyStamp = file.ConcurrencyStamp, Reason = "价格材料不实" }));

        file.Status.ShouldBe(S.Rejected);
        file.History[^1].ShouldSatisfyAllConditions(h => h.Comment.ShouldBe("价格材料不实"), h => h.ActorRole.ShouldBe("municipal-reviewer"));
    }

    [Fact]
    public async Task Should_Refuse_Transition_When_Concurrency_Stamp_Is_Stale()
    {
        var file = await _s.SubmittedAsync();
        await host.LoginAsAsync(RobotPlanTestData.DistrictReviewerOfA);

        await Should.ThrowAsync<ConcurrencyConflictException>(() => _s.Applications(s =>
            s.DistrictApproveAsync(file.Id, new CatalogTransitionDto { ConcurrencyStamp = Guid.NewGuid().ToString("N") })));
    }

    [Fact]
    public async Task Should_List_Submitted_File_In_District_Tasks_With_Working_Day_Deadline()
    {
        var file = await _s.SubmittedAsync();
        await host.LoginAsAsync(RobotPlanTestData.DistrictReviewerOfA);

        var task = (await _s.Applications(s => s.GetTasksAsync())).Single(t => t.ApplicationId == file.Id);

        task.IsOverdue.ShouldBeFalse();
        task.Deadline.ShouldBeGreaterThan(host.Today.AddDays(10));
        await host.LoginAsAsync(RobotPlanTestData.DistrictReviewerOther);
        (await _s.Applications(s => s.GetTasksAsync())).ShouldNotContain(t => t.ApplicationId == file.Id);
    }

    [Fact]
    public async Task Should_Count_Files_Per_State_In_Batch_Progress()
    {
        var file = await _s.SubmittedAsync();
        await host.LoginAsAsync(RobotPlanTestData.MunicipalReviewer);

        var progress = await _s.Batches(s => s.GetProgressAsync(file.BatchId));

        progress.Total.ShouldBe(1);
        progress.Counts[S.Submitted].ShouldBe(1);
    }
}
