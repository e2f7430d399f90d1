using Microsoft.Extensions.DependencyInjection;
using RobotPlan.Application.Tests.SubsidyClaims;
using RobotPlan.Notifications;
using RobotPlan.Notifications.Claims;
using RobotPlan.SubsidyPrograms;
using RobotPlan.SubsidyClaims;

namespace RobotPlan.Application.Tests.Notifications;

/// <summary>A subsidy claim's moves reach the claimant (the steps it did not take) and the reviewers whose queue it enters — nobody else.</summary>
public sealed class ClaimNotifications_Tests(RobotPlanTestHost host) : IClassFixture<RobotPlanTestHost>
{
    private readonly ClaimScenario _s = new(host);

    private async Task<List<NotificationDto>> AboutAsync(string user, Guid claimId)
    {
        await host.LoginAsAsync(user);
        var list = await host.WithScopeAsync(sp => sp.GetRequiredService<INotificationAppService>().GetMineAsync(new GetNotificationsInput { MaxResultCount = 100 }));
        return list.Items.Where(n => n.Link == SubsidyClaimNotifications.Link(claimId)).ToList();
    }

    private async Task<SubsidyClaimDto> CompensationDraftAsync(int year)
    {
        var program = await _s.ProgramAsync(year, SubsidyKind.InsuranceCompensation);
        var product = await _s.ListedProductAsync();
        var policy = await _s.PaidPolicyAsync(ClaimScenario.Delivery, [ClaimScenario.Unit(product.Id, ClaimScenario.NewBuyerUscc())]);
        return await _s.CompensationDraftAsync(program.Id, policy.Id);
    }

    [Fact]
    public async Task Should_Give_Only_The_District_Reviewer_Of_The_Claimants_Jurisdiction_A_Task_When_A_Claim_Is_Submitted()
    {
        var claim = await _s.SubmitAsync(await CompensationDraftAsync(2061), RobotPlanTestData.EnterpriseAUser);

        (await AboutAsync(RobotPlanTestData.DistrictReviewerOfA, claim.Id)).ShouldHaveSingleItem().Kind.ShouldBe(NotificationConsts.TaskArrived);
        (await AboutAsync(RobotPlanTestData.DistrictReviewerOther, claim.Id)).ShouldBeEmpty();
        (await AboutAsync(RobotPlanTestData.MunicipalReviewer, claim.Id)).ShouldBeEmpty();
        (await AboutAsync(RobotPlanTestData.FinanceOfficer, claim.Id)).ShouldBeEmpty();
        // The claimant submitted it itself: nothing to tell it.
        (await AboutAsync(RobotPlanTestData.EnterpriseAUser, claim.Id)).ShouldBeEmpty();
    }

    [Fact]
    public async Task Should_Tell_The_Claimant_Each_Move_By_Others_And_Give_Municipal_Then_Finance_Their_Tasks()
    {
        var claim = await _s.ToFinanceAsync(await CompensationDraftAsync(2062), RobotPlanTestData.EnterpriseAUser, RobotPlanTestData.DistrictReviewerOfA);
        claim.Status.ShouldBe(SubsidyClaimStatus.FinanceReview);

        var mine = await AboutAsync(RobotPlanTestData.EnterpriseAUser, claim.Id);
        // District review started and ended in one click, then municipal: three moves the claimant did not make.
        mine.Count.ShouldBe(3);
        mine.ShouldAllBe(n => n.Kind == NotificationConsts.ClaimStatusChanged);
        mine.ShouldContain(n => n.Text.Contains("区县审核"));
        mine.ShouldContain(n => n.Text.Contains("进入财务审核"));
        (await AboutAsync(RobotPlanTestData.EnterpriseBUser, claim.Id)).ShouldBeEmpty();
        (await AboutAsync(RobotPlanTestData.MunicipalReviewer, claim.Id)).ShouldHaveSingleItem().Kind.ShouldBe(NotificationConsts.TaskArrived);
        (await AboutAsync(RobotPlanTestData.FinanceOfficer, claim.Id)).ShouldHaveSingleItem().Kind.ShouldBe(NotificationConsts.TaskArrived);

        await host.LoginAsAsync(RobotPlanTestData.FinanceOfficer);
        await _s.Claims(s => s.ReturnAsync(claim.Id, new ClaimReasonTransitionDto { ConcurrencyStamp = claim.ConcurrencyStamp, Reason = "保单缺页" }));
        (await AboutAsync(RobotPlanTestData.EnterpriseAUser, claim.Id)).ShouldContain(n => n.Text.Contains("保单缺页"));
    }
}
