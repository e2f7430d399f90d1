using RobotPlan.SubsidyClaims;
using RobotPlan.SubsidyPrograms;
using static RobotPlan.SubsidyClaims.InsuranceCompensationCalculator;

namespace RobotPlan.Domain.Tests.SubsidyClaims;

/// <summary>R-31 as a table: premium, sum insured, already compensated → eligible premium, amount (default parameters).</summary>
public sealed class InsuranceCompensationCalculatorTable_Tests
{
    [Theory]
    // 3% cap not binding: 80% of the premium.
    [InlineData(50_000, 2_000_000, 0, 50_000, 40_000)]
    // 3% cap binding: 80% of 3% of the sum insured.
    [InlineData(90_000, 2_000_000, 0, 60_000, 48_000)]
    // exactly at the cap.
    [InlineData(60_000, 2_000_000, 0, 60_000, 48_000)]
    // per-project cap reached across years: only what is left of 5,000,000.
    [InlineData(3_000_000, 200_000_000, 4_200_000, 3_000_000, 800_000)]
    [InlineData(10_000, 1_000_000, 5_000_000, 10_000, 0)]
    [InlineData(10_000, 1_000_000, 4_999_999.99, 10_000, 0.01)]
    // rounding at the fen: the premium first (1.00625 → 1.01), then 0.8 × 1.01 = 0.808 → 0.81; 10.035 → 10.04 → 8.032 → 8.03.
    // (An exact half fen cannot arise at 80%; Should_Round_Half_Away_From_Zero_Never_To_Even covers it at 50%.)
    [InlineData(1.00625, 1_000_000, 0, 1.01, 0.81)]
    [InlineData(0.05, 1_000_000, 0, 0.05, 0.04)]
    [InlineData(10.035, 1_000_000, 0, 10.04, 8.03)]
    // cap from an odd sum insured: 0.03 × 2,345,678.90 = 70,370.367 → 70,370.37.
    [InlineData(75_321.45, 2_345_678.90, 0, 70_370.37, 56_296.30)]
    // zero premium: nothing to compensate.
    [InlineData(0, 1_000_000, 0, 0, 0)]
    public void Amount_Follows_R31(decimal premium, decimal sumInsured, decimal already, decimal eligible, decimal amount)
    {
        var result = ClaimComputation.ForCompensation(1, SubsidyParameters.Default, premium, sumInsured, already);
        result.ValueOf(EligiblePremium).ShouldBe(eligible);
        result.Amount.ShouldBe(amount);
        result.Lines[^1].Value.ShouldBe(amount);
    }

    [Theory]
    [InlineData(-0.01, 1, 0)]
    [InlineData(1, -1, 0)]
    [InlineData(1, 1, -5)]
    public void Negative_Inputs_Are_Refused(decimal premium, decimal sumInsured, decimal already) =>
        Should.Throw<ArgumentOutOfRangeException>(() => ClaimComputation.ForCompensation(1, SubsidyParameters.Default, premium, sumInsured, already));
}
