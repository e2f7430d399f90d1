using RobotPlan.CatalogApplications;
using A = RobotPlan.CatalogApplications.CatalogApplicationAct;
using D = RobotPlan.RobotPlanTestData;

namespace RobotPlan.Application.Tests.CatalogApplications;

/// <summary>The file DTO's AllowedActions come from R-11's table and the caller: each role is offered the acts of its own step only.</summary>
public sealed class CatalogAllowedActions_Tests(RobotPlanTestHost host) : IClassFixture<RobotPlanTestHost>
{
    private readonly CatalogScenario _s = new(host);

    private async Task<IReadOnlyList<A>> AllowedAsync(Guid fileId, string user)
    {
        await host.LoginAsAsync(user);
        return (await _s.Applications(s => s.GetAsync(fileId))).AllowedActions;
    }

    [Fact]
    public async Task Should_Offer_Each_Role_Only_The_Acts_Of_Its_Step_When_The_File_Moves_Through_Review()
    {
        var file = await _s.SubmittedAsync();
        file.AllowedActions.ShouldBe([A.Withdraw]);
        (await AllowedAsync(file.Id, D.MunicipalReviewer)).ShouldBeEmpty();
        (await AllowedAsync(file.Id, D.DistrictReviewerOfA)).ShouldBe([A.DistrictApprove, A.Return, A.Reject]);

        file = await _s.Applications(s => s.DistrictApproveAsync(file.Id, new CatalogTransitionDto { ConcurrencyStamp = file.ConcurrencyStamp }));
        file.AllowedActions.ShouldBeEmpty();
        (await AllowedAsync(file.Id, D.MunicipalReviewer)).ShouldBe([A.FormalApprove, A.Return, A.Reject]);
        (await AllowedAsync(file.Id, D.EnterpriseAUser)).ShouldBe([A.Withdraw]);

        await host.LoginAsAsync(D.MunicipalReviewer);
        file = await _s.Applications(s => s.FormalApproveAsync(file.Id, new CatalogTransitionDto { ConcurrencyStamp = file.ConcurrencyStamp }));
        // Expert review is scored elsewhere: the municipal reviewer has no act on the file itself until the decision.
        file.AllowedActions.ShouldBeEmpty();
        (await AllowedAsync(file.Id, D.EnterpriseAUser)).ShouldBe([A.Withdraw]);
    }
}
