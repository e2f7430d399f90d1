using RobotPlan.SubsidyPrograms;
using RobotPlan.SubsidyClaims;

namespace RobotPlan.Domain.Tests.SubsidyClaims;

public sealed class ClaimComputation_Tests
{
    [Theory]
    // price, rate, cap → amount: rate × price to the fen half away from zero, then the cap.
    [InlineData(800_000, 0.10, 1_000_000, 80_000)]
    [InlineData(20_000_000, 0.10, 1_000_000, 1_000_000)]
    [InlineData(0.25, 0.10, 1_000_000, 0.03)] // 0.025 → 0.03, never 0.02
    [InlineData(123_456.78, 0.075, 1_000_000, 9_259.26)] // 9,259.2585 → 9,259.26
    public void Reward_Is_Rate_Times_Price_Rounded_And_Capped(decimal price, decimal rate, decimal cap, decimal expected)
    {
        var computation = ClaimComputation.ForReward(2, SubsidyParameters.Default with { RewardRate = rate, RewardCap = cap }, price);
        computation.Amount.ShouldBe(expected);
        computation.Lines[^1].Value.ShouldBe(expected);
    }

    [Fact]
    public void Reward_Refuses_A_Zero_Price() =>
        Should.Throw<ArgumentOutOfRangeException>(() => FirstPurchaseRewardCalculator.Calculate(0m, 0.1m, 1m));

    [Fact]
    public void Recomputing_From_Stored_Values_Gives_The_Same_Amount_Even_After_Defaults_Change()
    {
        var parameters = SubsidyParameters.Default with { SubsidyRate = 0.6m, RateCap = 0.02m };
        var decided = ClaimComputation.ForCompensation(3, parameters, 50_000m, 2_000_000m, 4_990_000m);
        decided.Amount.ShouldBe(10_000m); // min(0.6 × min(50,000, 40,000) = 24,000, 5,000,000 − 4,990,000)
        var again = decided.Recompute();
        again.Amount.ShouldBe(decided.Amount);
        again.Lines.ShouldBe(decided.Lines);
        again.Kind.ShouldBe(SubsidyKind.InsuranceCompensation);
    }
}
