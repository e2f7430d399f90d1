using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using RobotPlan.Errors;
using RobotPlan.PublicNotices;
using RobotPlan.SeedWork;
using RobotPlan.SubsidyPrograms;
using RobotPlan.SubsidyAwards;
using RobotPlan.SubsidyClaims;
using S = RobotPlan.SubsidyClaims.SubsidyClaimStatus;

namespace RobotPlan.Application.Tests.SubsidyClaims;

/// <summary>R-36/R-37: district (own jurisdiction), municipal, finance with a reservation, notice, approval job, award and its events.</summary>
public sealed class ClaimReview_Tests(RobotPlanTestHost host) : IClassFixture<RobotPlanTestHost>
{
    private readonly ClaimScenario _s = new(host);

    [Fact]
    public async Task A_Claim_Goes_Through_Review_Notice_And_Approval_Into_An_Award_That_Explains_Itself()
    {
        var claim = await _s.CompensationInFinanceAsync(2030);
        claim.Status.ShouldBe(S.FinanceReview);

        claim = await _s.ConfirmAsync(claim);

        claim.Status.ShouldBe(S.InPublicNotice);
        claim.Amount.ShouldBe(24_000m);
        (await _s.ReadProgramAsync(claim.ProgramId)).Reserved.ShouldBe(24_000m);
        var notice = await host.WithDbAsync(db => db.PublicNotices.AsNoTracking().SingleAsync(n => n.Id == claim.NoticeId));
        notice.Subject.ShouldBe(NoticeSubject.SubsidyClaim);
        notice.Entries.ShouldHaveSingleItem().SubjectId.ShouldBe(claim.Id);

        var job = () => host.WithScopeAsync(sp => sp.GetRequiredService<ApproveNoticeEndedClaimsJob>().RunAsync());
        (await job()).ShouldBe(0); // the notice is still running
        host.Clock.SetUtcNow(notice.EndsAtUtc);
        (await job()).ShouldBeGreaterThanOrEqualTo(1);
        (await job()).ShouldBe(0); // a re-run changes nothing

        await host.LoginAsAsync(RobotPlanTestData.EnterpriseAUser);
        var approved = await _s.Claims(s => s.GetAsync(claim.Id));
        approved.Status.ShouldBe(S.Approved);
        approved.History.Select(h => h.To).ShouldBe([S.Submitted, S.DistrictReview, S.MunicipalReview, S.FinanceReview, S.InPublicNotice, S.Approved]);
        var award = await _s.Awards(s => s.GetExplanationAsync(claim.Id));
        award.Amount.ShouldBe(24_000m);
        award.Explanation!.ParameterVersion.ShouldBe(1);
        award.Explanation.PremiumPaid.ShouldBe(30_000m);
        award.Explanation.Lines[^1].Value.ShouldBe(24_000m);
        award.RecomputedAmount.ShouldBe(24_000m);
        (await _s.ReadProgramAsync(claim.ProgramId)).Reserved.ShouldBe(24_000m); // the award holds it until payment
    }

    [Fact]
    public async Task District_Review_Is_Only_For_The_Claimants_Jurisdiction()
    {
        var program = await _s.ProgramAsync(2031, SubsidyKind.InsuranceCompensation);
        var product = await _s.ListedProductAsync();
        var policy = await _s.PaidPolicyAsync(ClaimScenario.Delivery, [ClaimScenario.Unit(product.Id, ClaimScenario.NewBuyerUscc())]);
        var claim = await _s.SubmitAsync(await _s.CompensationDraftAsync(program.Id, policy.Id), RobotPlanTestData.EnterpriseAUser);

        await host.LoginAsAsync(RobotPlanTestData.DistrictReviewerOther);
        await Should.ThrowAsync<EntityNotFoundException>(() =>
            _s.Claims(s => s.DistrictApproveAsync(claim.Id, new ClaimTransitionDto { ConcurrencyStamp = claim.ConcurrencyStamp })));
        (await _s.Claims(s => s.GetTasksAsync())).ShouldNotContain(t => t.ClaimId == claim.Id);
        await host.LoginAsAsync(RobotPlanTestData.EnterpriseBUser);
        await Should.ThrowAsync<EntityNotFoundException>(() => _s.Claims(s => s.GetAsync(claim.Id)));

        await host.LoginAsAsync(RobotPlanTestData.DistrictReviewerOfA);
        var task = (await _s.Claims(s => s.GetTasksAsync())).Single(t => t.ClaimId == claim.Id);
        task.Overdue.ShouldBeFalse();
        task.Deadline.ShouldBeGreaterThan(host.Today);
        // The list names the claim's own programme and product (looked up for the claims shown, not from all programmes).
        task.ProgramTitle.ShouldBe(program.Title);
        task.ProductName.ShouldBe(product.Name);
        (await _s.Claims(s => s.DistrictApproveAsync(claim.Id, new ClaimTransitionDto { ConcurrencyStamp = claim.ConcurrencyStamp })))
            .Status.ShouldBe(S.MunicipalReview);
    }

    [Fact]
    public async Task Two_Reviewers_Acting_At_Once_One_Wins_The_Other_Gets_A_Conflict()
    {
        // One round in the suite; the R-B drill (ROBOTPLAN_DRILL_SCALE = k) repeats it k × 5 times on fresh files.
        var program = await _s.ProgramAsync(2032, SubsidyKind.InsuranceCompensation);
        var rounds = Drill.Scale == 1 ? 1 : Drill.Size(5);
        var won = 0;
        for (var round = 0; round < rounds; round++)
        {
            var product = await _s.ListedProductAsync();
            var policy = await _s.PaidPolicyAsync(ClaimScenario.Delivery, [ClaimScenario.Unit(product.Id, ClaimScenario.NewBuyerUscc())]);
            var claim = await _s.SubmitAsync(await _s.CompensationDraftAsync(program.Id, policy.Id), RobotPlanTestData.EnterpriseAUser);
            await host.LoginAsAsync(RobotPlanTestData.DistrictReviewerOfA);
            var approve = () => Task.Run(() => _s.Claims(s => s.DistrictApproveAsync(claim.Id, new ClaimTransitionDto { ConcurrencyStamp = claim.ConcurrencyStamp })));
            var reject = () => Task.Run(() => _s.Claims(s => s.ReturnAsync(claim.Id, new ClaimReasonTransitionDto { ConcurrencyStamp = claim.ConcurrencyStamp, Reason = "补充材料" })));

            var outcomes = await Task.WhenAll(Capture(approve()), Capture(reject()));

            outcomes.Count(e => e is null).ShouldBe(1);
            outcomes.Single(e => e is not null).ShouldBeOfType<ConcurrencyConflictException>();
            var history = (await _s.Claims(s => s.GetHistoryAsync(claim.Id))).Select(h => h.To).ToList();
            (history.SequenceEqual([S.Submitted, S.DistrictReview, S.MunicipalReview]) || history.SequenceEqual([S.Submitted, S.Returned]))
                .ShouldBeTrue(string.Join(",", history));
            won++;
        }
        Drill.Report("R-B", $"{rounds} rounds of approve ∥ return on one claim: each round 1 succeeded, 1 conflict (409), history whole ({won}/{rounds})");
    }

    private static async Task<Exception?> Capture(Task task)
    {
        try { await task; return null; }
        catch (Exception e) { return e; }
    }

    [Fact]
    public async Task A_Confirmation_Beyond_The_Remaining_Budget_Is_Refused_And_Changes_Nothing()
    {
        var claim = await _s.CompensationInFinanceAsync(2033, budget: 23_999.99m);
        var error = await Should.ThrowAsync<BusinessException>(() => _s.ConfirmAsync(claim));
        error.Code.ShouldBe(RobotPlanErrorCodes.ClaimBudgetExceeded);
        (await _s.ReadProgramAsync(claim.ProgramId)).Reserved.ShouldBe(0m);
        (await _s.Claims(s => s.GetAsync(claim.Id))).Status.ShouldBe(S.FinanceReview);
        (await host.WithDbAsync(db => db.PublicNotices.CountAsync(n => n.ProgramId == claim.ProgramId))).ShouldBe(0);
    }

    [Fact]
    public async Task Rejection_And_Withdrawal_After_Confirmation_Release_The_Reservation()
    {
        var first = await _s.ConfirmAsync(await _s.CompensationInFinanceAsync(2034));
        var second = await _s.ConfirmAsync(await _s.CompensationInFinanceAsync(2034));
        (await _s.ReadProgramAsync(first.ProgramId)).Reserved.ShouldBe(48_000m);

        await host.LoginAsAsync(RobotPlanTestData.MunicipalReviewer);
        (await _s.Claims(s => s.RejectAsync(first.Id, new ClaimReasonTransitionDto { ConcurrencyStamp = first.ConcurrencyStamp, Reason = "公示期间发现重复申报" })))
            .ReservedAmount.ShouldBeNull();
        (await _s.ReadProgramAsync(first.ProgramId)).Reserved.ShouldBe(24_000m);

        await host.LoginAsAsync(RobotPlanTestData.EnterpriseAUser);
        (await _s.Claims(s => s.WithdrawAsync(second.Id, new ClaimTransitionDto { ConcurrencyStamp = second.ConcurrencyStamp }))).Status.ShouldBe(S.Withdrawn);
        (await _s.ReadProgramAsync(first.ProgramId)).Reserved.ShouldBe(0m);
    }

    [Fact]
    public async Task An_Upheld_Objection_Rejects_The_Claim_And_Releases_Its_Budget_Through_The_Notice_Mechanism()
    {
        var claim = await _s.ConfirmAsync(await _s.CompensationInFinanceAsync(2035));
        await host.LoginAsAsync(null);
        var receipt = await host.WithScopeAsync(sp => sp.GetRequiredService<IPublicNoticeAppService>().ObjectAsync(claim.NoticeId!.Value,
            new CreateObjectionDto
            {
                SubjectId = claim.Id, RealName = "张三", Organisation = "某公司", ContactPhone = "023-12345678", Reason = "该设备已在外省获得补助",
            }, null));
        (await host.WithScopeAsync(sp => sp.GetRequiredService<ApproveNoticeEndedClaimsJob>().RunAsync())).ShouldBe(0);

        await host.LoginAsAsync(RobotPlanTestData.MunicipalReviewer);
        await host.WithScopeAsync(sp => sp.GetRequiredService<IPublicNoticeAppService>().UpholdAsync(receipt.Id, new ResolveObjectionDto { Reason = "查实重复补助" }));

        var rejected = await _s.Claims(s => s.GetAsync(claim.Id));
        rejected.Status.ShouldBe(S.Rejected);
        rejected.StatusReason.ShouldBe("查实重复补助");
        (await _s.ReadProgramAsync(claim.ProgramId)).Reserved.ShouldBe(0m);
    }

    [Fact]
    public async Task A_Reward_Claim_Is_Approved_With_The_Buyer_As_Payee()
    {
        var program = await _s.ProgramAsync(2037, SubsidyKind.FirstPurchaseReward);
        var product = await _s.ListedProductAsync();
        var draft = await _s.RewardDraftAsync(program.Id, product.Id, "R-1", price: 123_456.78m);
        var claim = await _s.ConfirmAsync(await _s.ToFinanceAsync(draft, RobotPlanTestData.EnterpriseBUser, RobotPlanTestData.DistrictReviewerOther));
        claim.Amount.ShouldBe(12_345.68m); // 0.10 × 123,456.78 = 12,345.678
        var ends = await host.WithDbAsync(db => db.PublicNotices.Where(n => n.Id == claim.NoticeId).Select(n => n.EndsAtUtc).SingleAsync());
        if (host.Clock.GetUtcNow().UtcDateTime < ends) host.Clock.SetUtcNow(ends);
        await host.WithScopeAsync(sp => sp.GetRequiredService<ApproveNoticeEndedClaimsJob>().RunAsync());
        var award = await host.WithDbAsync(db => db.Awards.AsNoTracking().SingleAsync(a => a.ClaimId == claim.Id));
        award.PayeeEnterpriseId.ShouldBe(host.Data.EnterpriseBId);
        award.Amount.ShouldBe(12_345.68m);
    }
}
