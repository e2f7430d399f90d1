using RobotPlan.FirstUnitInsurance;

namespace RobotPlan.SubsidyClaims;

/// <summary>
/// The pure questions ask about units across policies and claims already loaded. A unit is identified
/// by product + serial number, the serial compared trimmed and case-insensitively.
/// </summary>
public static class ClaimFacts
{
    /// <summary>
    /// 1 for the buyer's first unit of the model. Units come from every policy and every live reward's purchase, ordered by
    /// delivery date then serial number; a unit seen twice counts once, at its earliest delivery.
    /// </summary>
    public static int BuyerUnitRank(string buyerUscc, Guid productId, string serial, DateOnly delivery, IEnumerable<InsurancePolicy> policies,
        IEnumerable<RewardPurchase> rewardPurchases)
    {
        var units = policies.SelectMany(p => p.Units).Where(u => u.BuyerUscc == buyerUscc && u.ProductId == productId)
            .Select(u => (Serial: Normalize(u.SerialNumber), u.DeliveryDate))
            .Concat(rewardPurchases.Where(p => p.BuyerUscc == buyerUscc && p.ProductId == productId)
                .Select(p => (Serial: Normalize(p.SerialNumber), p.DeliveryDate)))
            .Append((Serial: Normalize(serial), DeliveryDate: delivery))
            .GroupBy(u => u.Serial).Select(g => (Serial: g.Key, DeliveryDate: g.Min(u => u.DeliveryDate)))
            .OrderBy(u => u.DeliveryDate).ThenBy(u => u.Serial, StringComparer.Ordinal).ToList();
        return units.FindIndex(u => u.Serial == Normalize(serial)) + 1;
    }

    /// <summary>R-32: the unit's compensated years and this one follow each other without a day uncovered.</summary>
    public static bool Continuous(IEnumerable<InsurancePolicy> prior, InsurancePolicy current)
    {
        var periods = prior.Append(current).OrderBy(p => p.PeriodStart).ToList();
        return periods.Zip(periods.Skip(1)).All(pair => pair.First.PeriodEnd.AddDays(1) == pair.Second.PeriodStart);
    }

    /// <summary>R-35: two policies cover at least one common day.</summary>
    public static bool Overlaps(InsurancePolicy a, InsurancePolicy b) => a.PeriodStart <= b.PeriodEnd && b.PeriodStart <= a.PeriodEnd;

    public static bool SameUnit(Guid productId, string serial, InsuredUnit unit) => productId == unit.ProductId && SameSerial(serial, unit.SerialNumber);

    public static bool SameSerial(string a, string b) => Normalize(a) == Normalize(b);

    private static string Normalize(string serial) => serial.Trim().ToUpperInvariant();
}
