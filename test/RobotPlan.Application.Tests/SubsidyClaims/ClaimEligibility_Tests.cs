using RobotPlan.SubsidyPrograms;
using RobotPlan.SubsidyClaims;

namespace RobotPlan.Application.Tests.SubsidyClaims;

/// <summary>The facts behind R-30…R-35 gathered from listings, all policies and all live claims; each failure shown alone.</summary>
public sealed class ClaimEligibility_Tests(RobotPlanTestHost host) : IClassFixture<RobotPlanTestHost>
{
    private readonly ClaimScenario _s = new(host);
    private SubsidyProgramDtoCache? _programs;

    private sealed record SubsidyProgramDtoCache(Guid Compensation, Guid Reward, Guid OtherCompensation, Guid Combinable);

    private async Task<SubsidyProgramDtoCache> ProgramsAsync() => _programs ??= new(
        (await _s.ProgramAsync(2025, SubsidyKind.InsuranceCompensation)).Id,
        (await _s.ProgramAsync(2025, SubsidyKind.FirstPurchaseReward)).Id,
        (await _s.ProgramAsync(2026, SubsidyKind.InsuranceCompensation)).Id,
        (await _s.ProgramAsync(2027, SubsidyKind.InsuranceCompensation, allowCombination: true)).Id);

    [Fact]
    public async Task A_Good_Compensation_Claim_Passes_Every_Rule_And_Shows_The_Amount()
    {
        var programs = await ProgramsAsync();
        var product = await _s.ListedProductAsync();
        var policy = await _s.PaidPolicyAsync(ClaimScenario.Delivery, [ClaimScenario.Unit(product.Id, ClaimScenario.NewBuyerUscc())]);
        var claim = await _s.CompensationDraftAsync(programs.Compensation, policy.Id);

        var check = await _s.Claims(s => s.PreCheckAsync(claim.Id));

        check.IsEligible.ShouldBeTrue(string.Join(",", check.Checks.Where(c => !c.Passed).Select(c => c.Rule)));
        check.Estimate!.Amount.ShouldBe(24_000m); // 0.8 × min(30,000, 0.03 × 1,000,000)
        check.Checks.Select(c => c.Rule).ShouldContain(ClaimRule.ContinuousCoverage);
    }

    [Fact]
    public async Task Not_Listed_On_The_Delivery_Date_Fails_Alone()
    {
        var programs = await ProgramsAsync();
        var product = await _s.ListedProductAsync(listedFrom: new DateOnly(2025, 3, 2)); // listed the day after delivery
        var policy = await _s.PaidPolicyAsync(ClaimScenario.Delivery, [ClaimScenario.Unit(product.Id, ClaimScenario.NewBuyerUscc())]);
        var claim = await _s.CompensationDraftAsync(programs.Compensation, policy.Id);
        (await _s.FailedRulesAsync(claim.Id)).ShouldBe([ClaimRule.ListedOnDeliveryDate]);
    }

    [Fact]
    public async Task Liability_Below_Unit_Value_Fails_Alone()
    {
        var programs = await ProgramsAsync();
        var product = await _s.ListedProductAsync();
        var policy = await _s.PaidPolicyAsync(ClaimScenario.Delivery, [ClaimScenario.Unit(product.Id, ClaimScenario.NewBuyerUscc(), value: 2_000_000.01m)]);
        var claim = await _s.CompensationDraftAsync(programs.Compensation, policy.Id);
        (await _s.FailedRulesAsync(claim.Id)).ShouldBe([ClaimRule.LiabilityCoversUnitValue]);
    }

    [Fact]
    public async Task The_Fourth_Unit_For_One_Buyer_Is_Refused_Across_Policies()
    {
        var programs = await ProgramsAsync();
        var product = await _s.ListedProductAsync();
        var buyer = ClaimScenario.NewBuyerUscc();
        // Three earlier units of the same model to the same buyer, in another policy.
        await _s.PaidPolicyAsync(ClaimScenario.Delivery.AddDays(-40), [
            ClaimScenario.Unit(product.Id, buyer, delivery: ClaimScenario.Delivery.AddDays(-30)),
            ClaimScenario.Unit(product.Id, buyer, delivery: ClaimScenario.Delivery.AddDays(-20)),
            ClaimScenario.Unit(product.Id, buyer, delivery: ClaimScenario.Delivery.AddDays(-10))]);
        var fourth = await _s.PaidPolicyAsync(ClaimScenario.Delivery, [ClaimScenario.Unit(product.Id, buyer)]);
        var claim = await _s.CompensationDraftAsync(programs.Compensation, fourth.Id);

        (await _s.FailedRulesAsync(claim.Id)).ShouldBe([ClaimRule.AmongBuyersFirstUnits]);
    }

    [Fact]
    public async Task The_Fourth_Policy_Year_Is_Refused()
    {
        var programs = await ProgramsAsync();
        var product = await _s.ListedProductAsync();
        var unit = ClaimScenario.Unit(product.Id, ClaimScenario.NewBuyerUscc());
        var year = await _s.PaidPolicyAsync(ClaimScenario.Delivery, [unit]);
        for (var i = 1; i < 4; i++) year = await _s.PaidPolicyAsync(ClaimScenario.Delivery.AddYears(i), [unit], previous: year.Id);
        year.PolicyYear.ShouldBe(4);
        var claim = await _s.CompensationDraftAsync(programs.Compensation, year.Id);

        (await _s.FailedRulesAsync(claim.Id)).ShouldBe([ClaimRule.WithinCompensatedYears]);
    }

    [Fact]
    public async Task A_Coverage_Gap_Between_Compensated_Years_Is_Refused()
    {
        var programs = await ProgramsAsync();
        var product = await _s.ListedProductAsync();
        var unit = ClaimScenario.Unit(product.Id, ClaimScenario.NewBuyerUscc());
        // Year one compensated; the next policy for the same unit starts a month after it ended (registered unlinked).
        var first = await _s.PaidPolicyAsync(ClaimScenario.Delivery.AddYears(-1), [unit]);
        await _s.SubmitAsync(await _s.CompensationDraftAsync(programs.OtherCompensation, first.Id), RobotPlanTestData.EnterpriseAUser);
        var afterGap = await _s.PaidPolicyAsync(ClaimScenario.Delivery.AddMonths(1), [unit]);
        var claim = await _s.CompensationDraftAsync(programs.Compensation, afterGap.Id);

        (await _s.FailedRulesAsync(claim.Id)).ShouldBe([ClaimRule.ContinuousCoverage]);
    }

    [Fact]
    public async Task Double_Funding_Is_Refused_Across_Programmes()
    {
        var programs = await ProgramsAsync();
        var product = await _s.ListedProductAsync();
        var policy = await _s.PaidPolicyAsync(ClaimScenario.Delivery, [ClaimScenario.Unit(product.Id, ClaimScenario.NewBuyerUscc())]);
        await _s.SubmitAsync(await _s.CompensationDraftAsync(programs.OtherCompensation, policy.Id), RobotPlanTestData.EnterpriseAUser);
        var again = await _s.CompensationDraftAsync(programs.Compensation, policy.Id);

        (await _s.FailedRulesAsync(again.Id)).ShouldBe([ClaimRule.NotFundedTwice]);
        await host.LoginAsAsync(RobotPlanTestData.EnterpriseAUser);
        var error = await Should.ThrowAsync<ClaimNotEligibleException>(() => _s.SubmitAsync(again, RobotPlanTestData.EnterpriseAUser));
        error.Failures.Select(f => f.Rule).Distinct().ShouldBe([ClaimRule.NotFundedTwice]);
    }

    [Fact]
    public async Task Combination_Follows_The_Programme_In_Both_Directions()
    {
        var programs = await ProgramsAsync();
        var product = await _s.ListedProductAsync();
        var unit = ClaimScenario.Unit(product.Id, RobotPlanTestData.EnterpriseBUscc, serial: "COMBO-" + Guid.NewGuid().ToString("N")[..6]);
        var policy = await _s.PaidPolicyAsync(ClaimScenario.Delivery, [unit]);
        // The buyer's reward claim is live first.
        var reward = await _s.RewardDraftAsync(programs.Reward, product.Id, unit.SerialNumber);
        (await _s.FailedRulesAsync(reward.Id)).ShouldBeEmpty();
        await _s.SubmitAsync(reward, RobotPlanTestData.EnterpriseBUser);

        var notCombinable = await _s.CompensationDraftAsync(programs.Compensation, policy.Id);
        (await _s.FailedRulesAsync(notCombinable.Id)).ShouldBe([ClaimRule.CombinationAllowed]);
        var combinable = await _s.CompensationDraftAsync(programs.Combinable, policy.Id);
        (await _s.FailedRulesAsync(combinable.Id)).ShouldBeEmpty();

        // And the reverse: with the compensation live, a second reward claim for the unit is refused twice over.
        await _s.SubmitAsync(combinable, RobotPlanTestData.EnterpriseAUser);
        var secondReward = await _s.RewardDraftAsync(programs.Reward, product.Id, unit.SerialNumber);
        (await _s.FailedRulesAsync(secondReward.Id)).ShouldBe([ClaimRule.NotFundedTwice, ClaimRule.CombinationAllowed], ignoreOrder: true);
    }

    [Fact]
    public async Task A_Reward_Needs_Its_Documents_And_A_Product_Of_Another_Enterprise()
    {
        var programs = await ProgramsAsync();
        var product = await _s.ListedProductAsync();
        await host.LoginAsAsync(RobotPlanTestData.EnterpriseAUser);
        var own = await _s.Claims(s => s.CreateRewardAsync(new CreateRewardClaimDto
        {
            ProgramId = programs.Reward,
            Purchase = new RewardPurchaseInput
            {
                ProductId = product.Id, SerialNumber = "OWN-1", ContractNumber = "HT-OWN", ContractDate = ClaimScenario.Delivery,
                DeliveryDate = ClaimScenario.Delivery, ContractPrice = 100_000m,
            },
        }));
        (await _s.FailedRulesAsync(own.Id)).ShouldBe([ClaimRule.BoughtFromAnotherEnterprise, ClaimRule.DocumentsAttached], ignoreOrder: true);
    }
}
