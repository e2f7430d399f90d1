using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using RobotPlan.Application.Tests.SubsidyClaims;
using RobotPlan.HistoryChains;
using RobotPlan.SubsidyPrograms;
using RobotPlan.SubsidyClaims;

namespace RobotPlan.Application.Tests.HistoryChains;

/// <summary>A claim's history is chained like a catalog file's: a row edited behind the application's back breaks the verification.</summary>
public sealed class ClaimHistoryChain_Tests(RobotPlanTestHost host) : IClassFixture<RobotPlanTestHost>
{
    private readonly ClaimScenario _s = new(host);

    private async Task<HistoryChainResultDto> ClaimChainAsync()
    {
        await host.LoginAsAsync(RobotPlanTestData.AuditAdministrator);
        var report = await host.WithScopeAsync(sp => sp.GetRequiredService<IHistoryChainAppService>().VerifyAsync());
        return report.Chains.Single(c => c.Chain == nameof(SubsidyClaimHistoryEntry));
    }

    [Fact]
    public async Task Should_Chain_Each_Claims_History_And_Report_A_Row_Edited_With_Raw_Sql()
    {
        var program = await _s.ProgramAsync(2063, SubsidyKind.InsuranceCompensation);
        var product = await _s.ListedProductAsync();
        var policy = await _s.PaidPolicyAsync(ClaimScenario.Delivery, [ClaimScenario.Unit(product.Id, ClaimScenario.NewBuyerUscc())]);
        var claim = await _s.ToFinanceAsync(await _s.CompensationDraftAsync(program.Id, policy.Id), RobotPlanTestData.EnterpriseAUser,
            RobotPlanTestData.DistrictReviewerOfA);

        var intact = await ClaimChainAsync();
        intact.Intact.ShouldBeTrue($"{intact.Problem} {intact.Stream} {intact.Sequence}");
        intact.Rows.ShouldBeGreaterThanOrEqualTo(4); // submitted, district review, municipal review, finance review

        // The municipal approval's comment rewritten in place (its sequence is 3 in this claim's stream).
        await host.WithDbAsync(db => db.Database.ExecuteSqlRawAsync(
            "UPDATE \"SubsidyClaimHistory\" SET \"Comment\" = 'approved by phone' WHERE \"ClaimId\" = {0} AND \"ChainSequence\" = 3", claim.Id));

        var broken = await ClaimChainAsync();
        broken.ShouldSatisfyAllConditions(b => b.Intact.ShouldBeFalse(), b => b.Problem.ShouldBe("ContentChanged"),
            b => b.Stream.ShouldBe(claim.Id.ToString()), b => b.Sequence.ShouldBe(3));
    }
}
