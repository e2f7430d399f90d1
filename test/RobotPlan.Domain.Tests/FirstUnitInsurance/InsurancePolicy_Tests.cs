using RobotPlan.Errors;
using RobotPlan.FirstUnitInsurance;
using RobotPlan.SeedWork;
using RobotPlan.SubsidyClaims;
using RobotPlan.SubsidyPrograms;

namespace RobotPlan.Domain.Tests.FirstUnitInsurance;

public sealed class InsurancePolicy_Tests
{
    private static readonly Guid Maker = Guid.CreateVersion7();
    private static readonly Guid Product = Guid.CreateVersion7();

    private static InsuredUnit Unit(string serial, decimal value = 1_000_000m) =>
        new(Product, serial, "91500000MA5U00000X", "重庆某汽车零部件有限公司", "HT-2025-001", new DateOnly(2025, 3, 1), value);

    private static InsurancePolicy Policy(DateOnly start, InsurancePolicy? previous = null, decimal liability = 2_000_000m,
        params InsuredUnit[] units) =>
        new(Maker, "人保财险重庆分公司", "PICC-" + start.Year, start, start.AddYears(1).AddDays(-1), 30_000m, 1_000_000m, liability,
            units.Length == 0 ? [Unit("SN-001")] : units, previous);

    private static Dictionary<string, CompensationUnitFacts> Facts(InsurancePolicy policy, bool listed = true, int rank = 1, bool funded = false) =>
        policy.Units.ToDictionary(u => u.SerialNumber, _ => new CompensationUnitFacts(listed, rank, funded, 0, true, false));

    /// <summary>The claim rules on this policy alone (default parameters: 3 compensated years, a buyer's first 3 units).</summary>
    private static IEnumerable<ClaimRule> Failed(InsurancePolicy policy, IReadOnlyDictionary<string, CompensationUnitFacts> facts) =>
        ClaimEligibility.EvaluateCompensation(policy, facts, new ClaimantFacts(false, true, true), SubsidyParameters.Default).Failures.Select(r => r.Rule);

    private static InsurancePolicy PaidPolicy(DateOnly start, InsurancePolicy? previous = null)
    {
        var policy = Policy(start, previous);
        policy.RecordPremiumPayment(30_000m, Guid.CreateVersion7());
        return policy;
    }

    [Fact]
    public void Should_Pass_Every_Rule_For_A_Paid_First_Year_Policy() =>
        Failed(PaidPolicy(new DateOnly(2025, 3, 1)), Facts(PaidPolicy(new DateOnly(2025, 3, 1)))).ShouldBeEmpty();

    [Fact]
    public void Should_Count_Renewals_As_Following_Policy_Years()
    {
        var year1 = PaidPolicy(new DateOnly(2025, 3, 1));
        var year2 = PaidPolicy(new DateOnly(2026, 3, 1), year1);
        year2.PolicyYear.ShouldBe(2);
        year2.PreviousPolicyId.ShouldBe(year1.Id);
    }

    [Fact]
    public void Should_Refuse_A_Renewal_With_A_Coverage_Gap()
    {
        var year1 = PaidPolicy(new DateOnly(2025, 3, 1));
        var error = Should.Throw<BusinessException>(() => Policy(new DateOnly(2026, 3, 2), year1));
        error.Code.ShouldBe(RobotPlanErrorCodes.PolicyCoverageGap);
    }

    [Fact]
    public void Should_Refuse_The_Fourth_Policy_Year()
    {
        var year1 = PaidPolicy(new DateOnly(2025, 3, 1));
        var year2 = PaidPolicy(new DateOnly(2026, 3, 1), year1);
        var year3 = PaidPolicy(new DateOnly(2027, 3, 1), year2);
        var year4 = PaidPolicy(new DateOnly(2028, 3, 1), year3);
        Failed(year3, Facts(year3)).ShouldBeEmpty();
        Failed(year4, Facts(year4)).ShouldBe([ClaimRule.WithinCompensatedYears]);
    }

    [Fact]
    public void Should_Refuse_When_Premium_Not_Fully_Paid_Or_Proof_Missing()
    {
        var unpaid = Policy(new DateOnly(2025, 3, 1));
        Failed(unpaid, Facts(unpaid)).ShouldBe([ClaimRule.PremiumFullyPaid]);
        var partly = Policy(new DateOnly(2025, 3, 1));
        partly.RecordPremiumPayment(29_999.99m, Guid.CreateVersion7());
        Failed(partly, Facts(partly)).ShouldBe([ClaimRule.PremiumFullyPaid]);
    }

    [Fact]
    public void Should_Refuse_A_Unit_Worth_More_Than_The_Liability_Limit()
    {
        var policy = Policy(new DateOnly(2025, 3, 1), liability: 900_000m);
        policy.RecordPremiumPayment(30_000m, Guid.CreateVersion7());
        Failed(policy, Facts(policy)).ShouldBe([ClaimRule.LiabilityCoversUnitValue]);
    }

    [Theory]
    [InlineData(false, 1, false, ClaimRule.ListedOnDeliveryDate)]
    [InlineData(true, 4, false, ClaimRule.AmongBuyersFirstUnits)]
    [InlineData(true, 1, true, ClaimRule.NotFundedTwice)]
    public void Should_Fail_Exactly_The_Unit_Rule_Whose_Fact_Is_Missing(bool listed, int rank, bool funded, ClaimRule rule)
    {
        var policy = PaidPolicy(new DateOnly(2025, 3, 1));
        Failed(policy, Facts(policy, listed, rank, funded)).ShouldBe([rule]);
    }

    [Fact]
    public void Should_Accept_The_Third_Unit_Of_A_Buyer() =>
        Failed(PaidPolicy(new DateOnly(2025, 3, 1)), Facts(PaidPolicy(new DateOnly(2025, 3, 1)), rank: 3)).ShouldBeEmpty();

    [Theory]
    [InlineData("2025-03-01", "2025-03-01", "periodEnd")]
    public void Should_Name_The_Field_When_Policy_Data_Is_Invalid(string start, string end, string field)
    {
        var error = Should.Throw<BusinessException>(() => new InsurancePolicy(Maker, "x", "P", DateOnly.Parse(start), DateOnly.Parse(end),
            1m, 1m, 1m, [Unit("SN")]));
        error.Field.ShouldBe(field);
    }

    [Fact]
    public void Should_Refuse_A_Policy_Without_Units() =>
        Should.Throw<BusinessException>(() => new InsurancePolicy(Maker, "x", "P", new DateOnly(2025, 1, 1), new DateOnly(2025, 12, 31),
            1m, 1m, 1m, [])).Code.ShouldBe(RobotPlanErrorCodes.PolicyWithoutUnits);
}
