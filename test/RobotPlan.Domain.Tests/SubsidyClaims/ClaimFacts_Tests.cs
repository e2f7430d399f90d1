using RobotPlan.FirstUnitInsurance;
using RobotPlan.SubsidyClaims;

namespace RobotPlan.Domain.Tests.SubsidyClaims;

/// <summary>The facts read across policies and claims, before any rule judges them.</summary>
public sealed class ClaimFacts_Tests
{
    private const string Buyer = "91500000MA5U00000X";
    private static readonly Guid Product = Guid.CreateVersion7();

    private static InsuredUnit Unit(string serial, DateOnly delivery, string buyer = Buyer, Guid? product = null) =>
        new(product ?? Product, serial, buyer, "买方", "HT-" + serial, delivery, 1_000_000m);

    private static InsurancePolicy Policy(DateOnly start, DateOnly? end = null, params InsuredUnit[] units) =>
        new(Guid.CreateVersion7(), "人保财险重庆分公司", "PICC-" + start.DayNumber, start, end ?? start.AddYears(1).AddDays(-1), 30_000m, 1_000_000m,
            2_000_000m, units.Length == 0 ? [Unit("SN-0", start)] : units);

    private static RewardPurchase Purchase(string serial, DateOnly delivery, string buyer = Buyer) =>
        new(Product, serial, buyer, "HT-" + serial, delivery.AddDays(-30), delivery, 800_000m);

    private static readonly DateOnly March = new(2025, 3, 1);

    [Fact]
    public void Should_Rank_The_Buyers_Units_By_Delivery_Then_Serial_When_Policies_And_Rewards_Both_Hold_Units()
    {
        var policy = Policy(March, null, Unit("SN-B", March), Unit("SN-A", March));
        var rewards = new[] { Purchase("SN-C", March.AddDays(-1)) };

        ClaimFacts.BuyerUnitRank(Buyer, Product, "SN-C", March.AddDays(-1), [policy], rewards).ShouldBe(1);
        ClaimFacts.BuyerUnitRank(Buyer, Product, "SN-A", March, [policy], rewards).ShouldBe(2);
        ClaimFacts.BuyerUnitRank(Buyer, Product, "SN-D", March.AddDays(1), [policy], rewards).ShouldBe(4);
    }

    [Fact]
    public void Should_Count_A_Unit_Once_At_Its_Earliest_Delivery_When_It_Is_Seen_Twice()
    {
        var first = Policy(March, null, Unit("SN-1", March));
        var renewal = Policy(March.AddYears(1), null, Unit(" sn-1 ", March.AddMonths(6)), Unit("SN-2", March.AddMonths(1)));

        ClaimFacts.BuyerUnitRank(Buyer, Product, "SN-2", March.AddMonths(1), [first, renewal], []).ShouldBe(2);
    }

    [Fact]
    public void Should_Ignore_Other_Buyers_And_Other_Models_When_Ranking()
    {
        var policy = Policy(March, null, Unit("SN-X", March.AddDays(-9), buyer: "91500000MA5U11111Y"),
            Unit("SN-Y", March.AddDays(-9), product: Guid.CreateVersion7()));

        ClaimFacts.BuyerUnitRank(Buyer, Product, "SN-1", March, [policy], [Purchase("SN-Z", March.AddDays(-9), "91500000MA5U11111Y")]).ShouldBe(1);
    }

    [Fact]
    public void Should_Be_Continuous_When_Each_Period_Starts_The_Day_After_The_Previous_Ends()
    {
        var year1 = Policy(March);
        var year2 = Policy(March.AddYears(1));

        ClaimFacts.Continuous([year1], year2).ShouldBeTrue();
        ClaimFacts.Continuous([], year2).ShouldBeTrue();
        ClaimFacts.Continuous([year1], Policy(March.AddYears(1).AddDays(1))).ShouldBeFalse();
    }

    [Fact]
    public void Should_Overlap_When_Two_Periods_Share_A_Day()
    {
        var year1 = Policy(March);

        ClaimFacts.Overlaps(year1, Policy(year1.PeriodEnd)).ShouldBeTrue();
        ClaimFacts.Overlaps(year1, Policy(year1.PeriodEnd.AddDays(1))).ShouldBeFalse();
    }

    [Fact]
    public void Should_Be_The_Same_Unit_When_Product_Matches_And_Serial_Differs_Only_In_Case_And_Spaces()
    {
        var unit = Unit("SN-001", March);

        ClaimFacts.SameUnit(Product, " sn-001", unit).ShouldBeTrue();
        ClaimFacts.SameUnit(Guid.CreateVersion7(), "SN-001", unit).ShouldBeFalse();
        ClaimFacts.SameUnit(Product, "SN-0010", unit).ShouldBeFalse();
    }
}
