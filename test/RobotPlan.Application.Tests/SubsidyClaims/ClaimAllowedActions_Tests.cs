using RobotPlan.SubsidyClaims;
using RobotPlan.SubsidyPrograms;
using A = RobotPlan.SubsidyClaims.SubsidyClaimAct;
using D = RobotPlan.RobotPlanTestData;

namespace RobotPlan.Application.Tests.SubsidyClaims;

/// <summary>The claim DTO's AllowedActions come from R-36's table and the caller: each role is offered the acts of its own step only.</summary>
public sealed class ClaimAllowedActions_Tests(RobotPlanTestHost host) : IClassFixture<RobotPlanTestHost>
{
    private readonly ClaimScenario _s = new(host);

    private static ClaimTransitionDto Stamp(SubsidyClaimDto claim) => new() { ConcurrencyStamp = claim.ConcurrencyStamp };

    private async Task<IReadOnlyList<A>> AllowedAsync(Guid claimId, string user)
    {
        await host.LoginAsAsync(user);
        return (await _s.Claims(s => s.GetAsync(claimId))).AllowedActions;
    }

    [Fact]
    public async Task Should_Offer_Each_Role_Only_The_Acts_Of_Its_Step_When_The_Claim_Moves_Through_Review()
    {
        var program = await _s.ProgramAsync(2071, SubsidyKind.InsuranceCompensation);
        var product = await _s.ListedProductAsync();
        var policy = await _s.PaidPolicyAsync(ClaimScenario.Delivery, [ClaimScenario.Unit(product.Id, ClaimScenario.NewBuyerUscc())]);
        var draft = await _s.CompensationDraftAsync(program.Id, policy.Id);
        draft.AllowedActions.ShouldBe([A.Submit, A.Withdraw]);
        (await AllowedAsync(draft.Id, D.MunicipalReviewer)).ShouldBeEmpty();

        var claim = await _s.SubmitAsync(draft, D.EnterpriseAUser);
        claim.AllowedActions.ShouldBe([A.Withdraw]);
        // Approving a claim nobody opened takes it into district review first, so approval is offered from Submitted.
        (await AllowedAsync(claim.Id, D.DistrictReviewerOfA)).ShouldBe([A.DistrictApprove, A.Return, A.Reject]);
        (await AllowedAsync(claim.Id, D.MunicipalReviewer)).ShouldBeEmpty();
        (await AllowedAsync(claim.Id, D.FinanceOfficer)).ShouldBeEmpty();

        await host.LoginAsAsync(D.DistrictReviewerOfA);
        claim = await _s.Claims(s => s.DistrictApproveAsync(claim.Id, Stamp(claim)));
        claim.AllowedActions.ShouldBeEmpty();
        (await AllowedAsync(claim.Id, D.MunicipalReviewer)).ShouldBe([A.MunicipalApprove, A.Return, A.Reject]);
        (await AllowedAsync(claim.Id, D.EnterpriseAUser)).ShouldBe([A.Withdraw]);

        await host.LoginAsAsync(D.MunicipalReviewer);
        claim = await _s.Claims(s => s.MunicipalApproveAsync(claim.Id, Stamp(claim)));
        claim.AllowedActions.ShouldBeEmpty();
        (await AllowedAsync(claim.Id, D.FinanceOfficer)).ShouldBe([A.FinanceConfirm, A.Return, A.Reject]);

        claim = await _s.ConfirmAsync(claim);
        claim.AllowedActions.ShouldBeEmpty();
        (await AllowedAsync(claim.Id, D.EnterpriseAUser)).ShouldBe([A.Withdraw]);
        // During the notice only an upheld objection's rejection is left to the municipality; the list carries the same.
        await host.LoginAsAsync(D.MunicipalReviewer);
        var listed = await _s.Claims(s => s.GetListAsync(new GetSubsidyClaimsInput { ProgramId = program.Id }));
        listed.Items.Single(c => c.Id == claim.Id).AllowedActions.ShouldBe([A.Reject]);
    }
}
