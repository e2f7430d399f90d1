namespace RobotPlan.FirstUnitInsurance;

/// <summary>One rule's outcome, with the unit it concerns when it is about one unit.</summary>
public sealed record CompensationRuleResult(string Rule, bool Passed, string? SerialNumber = null);

/// <summary>
/// R-30… for one policy year: every rule is evaluated (never stopping at the first failure) so the
/// enterprise's pre-check and the reviewer see all reasons at once.
/// </summary>
public static class CompensationEligibility
{
    public const string PremiumFullyPaid = "PremiumFullyPaid";
    public const string WithinCompensatedYears = "WithinCompensatedYears";
    public const string LiabilityCoversUnitValue = "LiabilityCoversUnitValue";
    public const string ListedOnDeliveryDate = "ListedOnDeliveryDate";
    public const string AmongBuyersFirstUnits = "AmongBuyersFirstUnits";
    public const string NotFundedTwice = "NotFundedTwice";

    public static IReadOnlyList<CompensationRuleResult> Evaluate(InsurancePolicy policy,
        IReadOnlyDictionary<string, UnitFacts> factsBySerial, int maxCompensatedYears, int firstUnitsPerBuyer)
    {
        var results = new List<CompensationRuleResult>
        {
            new(PremiumFullyPaid, policy.IsPremiumFullyPaid),
            new(WithinCompensatedYears, policy.PolicyYear <= maxCompensatedYears),
        };
        foreach (var unit in policy.Units)
        {
            var facts = factsBySerial[unit.SerialNumber];
            results.Add(new(LiabilityCoversUnitValue, policy.LiabilityLimit >= unit.UnitValue, unit.SerialNumber));
            results.Add(new(ListedOnDeliveryDate, facts.ListedOnDeliveryDate, unit.SerialNumber));
            results.Add(new(AmongBuyersFirstUnits, facts.BuyerUnitRank <= firstUnitsPerBuyer, unit.SerialNumber));
            results.Add(new(NotFundedTwice, !facts.AlreadyFunded, unit.SerialNumber));
        }
        return results;
    }
}
