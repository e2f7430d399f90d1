using Microsoft.Extensions.DependencyInjection;
using RobotPlan.SubsidyPrograms;
using RobotPlan.Units;

namespace RobotPlan.Application.Tests.SubsidyClaims;

/// <summary>Quality traceability (#7) reaches a unit's claims: compensation claims through the policies insuring it, reward claims through the unit bought.</summary>
public sealed class ClaimUnitTrace_Tests(RobotPlanTestHost host) : IClassFixture<RobotPlanTestHost>
{
    private readonly ClaimScenario _s = new(host);

    private Task<IReadOnlyList<UnitClaimReference>> FindAsync(Guid productId, string serial, params Guid[] policyIds) =>
        host.WithScopeAsync(sp => sp.GetServices<IUnitClaimSource>().Single().FindClaimsAsync(productId, serial, policyIds));

    [Fact]
    public async Task A_Unit_Traces_To_The_Compensation_Claim_On_Its_Policy_And_The_Reward_Claim_On_Its_Purchase()
    {
        var compensation = await _s.ProgramAsync(2041, SubsidyKind.InsuranceCompensation);
        var reward = await _s.ProgramAsync(2042, SubsidyKind.FirstPurchaseReward, allowCombination: true);
        var product = await _s.ListedProductAsync();
        var unit = ClaimScenario.Unit(product.Id, ClaimScenario.NewBuyerUscc(), serial: "TRACE-0001");
        var policy = await _s.PaidPolicyAsync(ClaimScenario.Delivery, [unit]);
        var compensationClaim = await _s.CompensationDraftAsync(compensation.Id, policy.Id);
        var rewardClaim = await _s.RewardDraftAsync(reward.Id, product.Id, "TRACE-0002");

        (await FindAsync(product.Id, "TRACE-0001", policy.Id)).Select(c => c.ClaimId).ShouldBe([compensationClaim.Id]);
        (await FindAsync(product.Id, "TRACE-0002")).Select(c => c.ClaimId).ShouldBe([rewardClaim.Id]);
        (await FindAsync(product.Id, "TRACE-9999")).ShouldBeEmpty();
    }
}
