using RobotPlan.SubsidyClaims;
using RobotPlan.SubsidyPrograms;
using static RobotPlan.SubsidyClaims.InsuranceCompensationCalculator;

namespace RobotPlan.Domain.Tests.SubsidyClaims;

public sealed class InsuranceCompensationCalculator_Tests
{
    private static readonly SubsidyParameters Default = SubsidyParameters.Default;

    /// <summary>R-31 through the claim's computation, the one the estimator and the finance confirmation use.</summary>
    private static ClaimComputation Calculate(decimal premium, decimal sumInsured, decimal already, SubsidyParameters parameters) =>
        ClaimComputation.ForCompensation(1, parameters, premium, sumInsured, already);

    [Fact]
    public void Should_Pay_80_Percent_Of_Premium_When_Premium_Is_Under_The_Rate_Cap()
    {
        // 2,000,000 元 sum insured → cap 60,000; premium 50,000 is under it → 80% = 40,000.
        var result = Calculate(50_000m, 2_000_000m, 0m, Default);
        result.ValueOf(EligiblePremium).ShouldBe(50_000m);
        result.Amount.ShouldBe(40_000m);
    }

    [Fact]
    public void Should_Limit_Premium_To_Three_Percent_Of_Sum_Insured()
    {
        var result = Calculate(90_000m, 2_000_000m, 0m, Default);
        result.ValueOf(EligiblePremium).ShouldBe(60_000m);
        result.Amount.ShouldBe(48_000m);
    }

    [Fact]
    public void Should_Round_Half_Away_From_Zero_Never_To_Even()
    {
        var result = Calculate(10.035m, 1_000_000m, 0m, Default);
        result.ValueOf(EligiblePremium).ShouldBe(10.04m); // the premium itself is taken to the fen first: 10.035 → 10.04
        var half = Calculate(10.05m, 1_000_000m, 0m, Default with { SubsidyRate = 0.85m });
        half.ValueOf(SubsidyBeforeCap).ShouldBe(8.54m); // 8.5425 → 8.54
        var exactHalf = Calculate(0.05m, 1_000_000m, 0m, Default with { SubsidyRate = 0.5m });
        exactHalf.Amount.ShouldBe(0.03m); // 0.025 → 0.03, never 0.02
    }

    [Fact]
    public void Should_Cap_The_Projects_Total_Across_Years()
    {
        var result = Calculate(3_000_000m, 200_000_000m, 4_200_000m, Default);
        result.ValueOf(SubsidyBeforeCap).ShouldBe(2_400_000m);
        result.Amount.ShouldBe(800_000m);
        (result.Amount < result.ValueOf(SubsidyBeforeCap)).ShouldBeTrue(); // capped by the project limit
    }

    [Fact]
    public void Should_Pay_Nothing_When_The_Project_Cap_Is_Used_Up()
    {
        var result = Calculate(10_000m, 1_000_000m, 5_000_000m, Default);
        result.Amount.ShouldBe(0m);
    }

    [Fact]
    public void Should_Explain_Every_Step_With_Lines_That_End_In_The_Amount()
    {
        var result = Calculate(75_321.45m, 2_345_678.90m, 0m, Default);
        result.Lines.Select(l => l.Key).ShouldBe(["PremiumCap", "EligiblePremium", "SubsidyBeforeCap", "ProjectCapRemaining", "Amount"]);
        result.Lines[0].Value.ShouldBe(70_370.37m); // 0.03 × 2,345,678.90 = 70,370.367
        result.Lines[^1].Value.ShouldBe(result.Amount);
        result.Amount.ShouldBe(56_296.30m); // 0.8 × 70,370.37 = 56,296.296
    }

    [Fact]
    public void Should_Refuse_Negative_Inputs() =>
        Should.Throw<ArgumentOutOfRangeException>(() => Calculate(-1m, 1m, 0m, Default));
}
