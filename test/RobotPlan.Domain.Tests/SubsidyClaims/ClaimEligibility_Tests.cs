using RobotPlan.FirstUnitInsurance;
using RobotPlan.SubsidyClaims;
using RobotPlan.SubsidyPrograms;

namespace RobotPlan.Domain.Tests.SubsidyClaims;

/// <summary>Each rule failing alone: with every other fact good, exactly that rule fails.</summary>
public sealed class ClaimEligibility_Tests
{
    private static readonly SubsidyParameters Parameters = SubsidyParameters.Default;

    private static InsurancePolicy Policy(decimal liability = 2_000_000m, bool paid = true)
    {
        var policy = new InsurancePolicy(Guid.CreateVersion7(), "人保财险重庆分公司", "PICC-1", new DateOnly(2025, 3, 1), new DateOnly(2026, 2, 28),
            30_000m, 1_000_000m, liability,
            [new InsuredUnit(Guid.CreateVersion7(), "SN-1", "91500000MA5U00000X", "买方", "HT-1", new DateOnly(2025, 3, 1), 1_000_000m)]);
        if (paid) policy.RecordPremiumPayment(30_000m, Guid.CreateVersion7());
        return policy;
    }

    private static CompensationUnitFacts Good => new(true, 1, false, 0, true, false);

    private static IEnumerable<ClaimRule> FailedCompensation(InsurancePolicy policy, CompensationUnitFacts facts, ClaimantFacts? claimant = null,
        SubsidyParameters? parameters = null) =>
        ClaimEligibility.EvaluateCompensation(policy, new Dictionary<string, CompensationUnitFacts> { ["SN-1"] = facts },
            claimant ?? new ClaimantFacts(false, true, true), parameters ?? Parameters).Failures.Select(f => f.Rule).Distinct();

    public static TheoryData<string, ClaimRule> CompensationCases => new()
    {
        { "blacklisted", ClaimRule.NotBlacklisted },
        { "window closed", ClaimRule.ProgramWindowOpen },
        { "unverified", ClaimRule.EnterpriseVerified },
        { "premium unpaid", ClaimRule.PremiumFullyPaid },
        { "liability below value", ClaimRule.LiabilityCoversUnitValue },
        { "not listed on delivery", ClaimRule.ListedOnDeliveryDate },
        { "4th unit for the buyer", ClaimRule.AmongBuyersFirstUnits },
        { "already funded", ClaimRule.NotFundedTwice },
        { "4th compensated year", ClaimRule.WithinCompensatedYears },
        { "coverage gap", ClaimRule.ContinuousCoverage },
        { "reward already, not combinable", ClaimRule.CombinationAllowed },
    };

    [Theory]
    [MemberData(nameof(CompensationCases))]
    public void Compensation_Rule_Fails_Alone(string situation, ClaimRule expected)
    {
        var policy = situation switch
        {
            "premium unpaid" => Policy(paid: false),
            "liability below value" => Policy(liability: 999_999.99m),
            _ => Policy(),
        };
        var facts = situation switch
        {
            "not listed on delivery" => Good with { ListedOnDeliveryDate = false },
            "4th unit for the buyer" => Good with { BuyerUnitRank = 4 },
            "already funded" => Good with { AlreadyFunded = true },
            "4th compensated year" => Good with { PriorCompensatedYears = 3 },
            "coverage gap" => Good with { ContinuousWithPriorYears = false },
            "reward already, not combinable" => Good with { HasReward = true },
            _ => Good,
        };
        var claimant = new ClaimantFacts(situation == "blacklisted", situation != "window closed", situation != "unverified");

        FailedCompensation(policy, facts, claimant).ShouldBe([expected]);
    }

    [Fact]
    public void Everything_Good_Passes_And_Third_Year_And_Third_Unit_Are_Still_In()
    {
        FailedCompensation(Policy(), Good).ShouldBeEmpty();
        FailedCompensation(Policy(), Good with { PriorCompensatedYears = 2, BuyerUnitRank = 3 }).ShouldBeEmpty();
    }

    [Fact]
    public void Combination_Is_Allowed_When_The_Programme_Says_So() =>
        FailedCompensation(Policy(), Good with { HasReward = true }, parameters: Parameters with { AllowCombination = true }).ShouldBeEmpty();

    private static readonly RewardPurchase Purchase = new(Guid.CreateVersion7(), "SN-1", "91500000MA5U00000X", "HT-1", new DateOnly(2025, 2, 1),
        new DateOnly(2025, 3, 1), 800_000m);

    private static readonly RewardFacts GoodReward = new(true, 1, false, false, false);

    public static TheoryData<string, ClaimRule> RewardCases => new()
    {
        { "own product", ClaimRule.BoughtFromAnotherEnterprise },
        { "not listed", ClaimRule.ListedOnDeliveryDate },
        { "4th unit", ClaimRule.AmongBuyersFirstUnits },
        { "funded", ClaimRule.NotFundedTwice },
        { "compensated, not combinable", ClaimRule.CombinationAllowed },
        { "documents missing", ClaimRule.DocumentsAttached },
    };

    [Theory]
    [MemberData(nameof(RewardCases))]
    public void Reward_Rule_Fails_Alone(string situation, ClaimRule expected)
    {
        var facts = situation switch
        {
            "own product" => GoodReward with { SoldByClaimant = true },
            "not listed" => GoodReward with { ListedOnDeliveryDate = false },
            "4th unit" => GoodReward with { BuyerUnitRank = 4 },
            "funded" => GoodReward with { AlreadyFunded = true },
            "compensated, not combinable" => GoodReward with { HasCompensation = true },
            _ => GoodReward,
        };
        ClaimEligibility.EvaluateReward(Purchase, situation != "documents missing", facts, new ClaimantFacts(false, true, true), Parameters)
            .Failures.Select(f => f.Rule).ShouldBe([expected]);
    }

    [Fact]
    public void Reward_Combination_Follows_The_Programme() =>
        ClaimEligibility.EvaluateReward(Purchase, true, GoodReward with { HasCompensation = true }, new ClaimantFacts(false, true, true),
            Parameters with { AllowCombination = true }).IsEligible.ShouldBeTrue();
}
