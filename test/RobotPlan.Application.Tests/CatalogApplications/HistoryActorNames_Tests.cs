using Microsoft.EntityFrameworkCore;
using RobotPlan.CatalogApplications;

namespace RobotPlan.Application.Tests.CatalogApplications;

/// <summary>Issue #19 finding 10: history rows name people as the seeded rows do (渝北区经信委 审核员), not by their login names.</summary>
public sealed class HistoryActorNames_Tests(RobotPlanTestHost host) : IClassFixture<RobotPlanTestHost>
{
    [Fact]
    public async Task Should_Record_The_Reviewers_Display_Name_When_A_District_Reviewer_Acts()
    {
        var scenario = new CatalogScenario(host);
        var file = await scenario.SubmittedAsync();
        var displayName = await host.WithDbAsync(db => db.Users.Where(u => u.UserName == RobotPlanTestData.DistrictReviewerOfA)
            .Select(u => u.DisplayName).SingleAsync());
        await host.LoginAsAsync(RobotPlanTestData.DistrictReviewerOfA);

        file = await scenario.Applications(s => s.DistrictApproveAsync(file.Id, new CatalogTransitionDto { ConcurrencyStamp = file.ConcurrencyStamp }));

        displayName.ShouldNotBe(RobotPlanTestData.DistrictReviewerOfA);
        file.History[^1].ShouldSatisfyAllConditions(
            h => h.ActorName.ShouldBe(displayName), h => h.ActorJurisdictionId.ShouldBe(host.Data.JurisdictionAId));
    }
}
