using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using RobotPlan.SubsidyPrograms;
using RobotPlan.SubsidyClaims;

namespace RobotPlan.Application.Tests.SubsidyClaims;

/// <summary>The explain view: every award in the database recomputes from its stored inputs and parameter values to its amount.</summary>
public sealed class AwardExplanation_Tests(RobotPlanTestHost host) : IClassFixture<RobotPlanTestHost>
{
    private readonly ClaimScenario _s = new(host);

    private async Task ApproveAllAsync()
    {
        var ends = await host.WithDbAsync(db => db.PublicNotices.MaxAsync(n => n.EndsAtUtc));
        if (host.Clock.GetUtcNow().UtcDateTime < ends) host.Clock.SetUtcNow(ends);
        await host.WithScopeAsync(sp => sp.GetRequiredService<ApproveNoticeEndedClaimsJob>().RunAsync());
    }

    [Fact]
    public async Task Every_Award_Recomputes_To_Its_Amount_After_The_Parameters_Changed()
    {
        var compensation = await _s.ProgramAsync(2050, SubsidyKind.InsuranceCompensation);
        var reward = await _s.ProgramAsync(2050, SubsidyKind.FirstPurchaseReward);
        var product = await _s.ListedProductAsync();
        // Odd figures: the 3% cap binds (75,321.45 > 70,370.37) and the rounding matters.
        var policy = await _s.PaidPolicyAsync(ClaimScenario.Delivery, [ClaimScenario.Unit(product.Id, ClaimScenario.NewBuyerUscc(), value: 1_500_000m)],
            premium: 75_321.45m, sumInsured: 2_345_678.90m);
        await _s.ConfirmAsync(await _s.ToFinanceAsync(await _s.CompensationDraftAsync(compensation.Id, policy.Id), RobotPlanTestData.EnterpriseAUser,
            RobotPlanTestData.DistrictReviewerOfA));
        await _s.ConfirmAsync(await _s.ToFinanceAsync(await _s.RewardDraftAsync(reward.Id, product.Id, "EXPLAIN-1", price: 12_345_678.91m),
            RobotPlanTestData.EnterpriseBUser, RobotPlanTestData.DistrictReviewerOther));
        await ApproveAllAsync();
        // The programme's parameters change afterwards: the awards keep what they were decided with.
        await host.LoginAsAsync(RobotPlanTestData.FinanceOfficer);
        await host.WithScopeAsync(sp => sp.GetRequiredService<RobotPlan.SubsidyPrograms.ISubsidyProgramAppService>().ChangeParametersAsync(compensation.Id,
            new RobotPlan.SubsidyPrograms.ChangeSubsidyParametersDto { Parameters = new() { SubsidyRate = 0.5m }, Reason = "年度调整" }));

        var awards = await host.WithDbAsync(db => db.Awards.AsNoTracking().ToListAsync());
        awards.Count.ShouldBeGreaterThanOrEqualTo(2);
        foreach (var award in awards)
        {
            award.Explanation.ShouldNotBeNull();
            award.Explanation.Recompute().Amount.ShouldBe(award.Amount, $"award {award.Id}");
            award.Explanation.Lines[^1].Value.ShouldBe(award.Amount);
        }
        awards.Select(a => a.Amount).ShouldBe([56_296.30m, 1_000_000m], ignoreOrder: true); // reward 1,234,567.89 capped at 1,000,000
        await host.LoginAsAsync(RobotPlanTestData.FinanceOfficer);
        var excel = await _s.Awards(s => s.ExportAsync(compensation.Id));
        excel.Content.Length.ShouldBeGreaterThan(0);
    }
}
