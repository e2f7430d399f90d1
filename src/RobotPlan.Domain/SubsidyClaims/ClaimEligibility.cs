using RobotPlan.FirstUnitInsurance;
using RobotPlan.SubsidyPrograms;

namespace RobotPlan.SubsidyClaims;

/// <summary>One rule's outcome; <see cref="SerialNumber"/> names the unit when the rule is about one unit.</summary>
public sealed record ClaimCheck(ClaimRule Rule, bool Passed, string? SerialNumber = null)
{
    public string ReasonCode => $"RobotPlan:Claim.Eligibility.{Rule}";
}

public sealed record ClaimEligibilityResult(IReadOnlyList<ClaimCheck> Checks)
{
    public bool IsEligible => Checks.All(c => c.Passed);
    public IEnumerable<ClaimCheck> Failures => Checks.Where(c => !c.Passed);
}

/// <summary>What a claim's rules need beyond the claim, gathered by the application layer from other aggregates.</summary>
/// <param name="ProgramWindowOpen">True when the window is open or does not matter (a returned claim, or a decision).</param>
/// <param name="Verified">Issue #14: the claimant's district verified it.</param>
public sealed record ClaimantFacts(bool Blacklisted, bool ProgramWindowOpen, bool Verified);

/// <summary>
/// Per-unit facts of a compensation claim beyond <see cref="UnitFacts"/>: the unit's compensated years before this policy
/// year, whether they and this year join without a gap, and whether the unit already has the other subsidy.
/// </summary>
public sealed record CompensationUnitFacts(UnitFacts Unit, int PriorCompensatedYears, bool ContinuousWithPriorYears, bool HasReward);

/// <summary>Facts of a reward claim's one unit.</summary>
public sealed record RewardFacts(bool ListedOnDeliveryDate, int BuyerUnitRank, bool AlreadyFunded, bool HasCompensation, bool SoldByClaimant);

/// <summary>
/// The pure rules of both kinds, every rule evaluated (never stopping at the first failure) so the pre-check and the
/// reviewer see all reasons at once. Compensation reuses <see cref="CompensationEligibility"/> and adds R-32's count across
/// policies and continuity, R-34's combination rule and the claimant rules.
/// </summary>
public static class ClaimEligibility
{
    public static ClaimEligibilityResult EvaluateCompensation(InsurancePolicy policy, IReadOnlyDictionary<string, CompensationUnitFacts> facts,
        ClaimantFacts claimant, SubsidyParameters parameters)
    {
        var checks = Claimant(claimant);
        var baseFacts = facts.ToDictionary(f => f.Key, f => f.Value.Unit);
        checks.AddRange(CompensationEligibility.Evaluate(policy, baseFacts, parameters.MaxCompensatedYears, parameters.FirstUnitsPerBuyer)
            .Select(r => new ClaimCheck(Enum.Parse<ClaimRule>(r.Rule), r.Passed, r.SerialNumber)));
        foreach (var unit in policy.Units)
        {
            var f = facts[unit.SerialNumber];
            // This year is the unit's (prior + 1)-th compensated year, whatever chain the policy was registered in.
            checks.Add(new(ClaimRule.WithinCompensatedYears, f.PriorCompensatedYears + 1 <= parameters.MaxCompensatedYears, unit.SerialNumber));
            checks.Add(new(ClaimRule.ContinuousCoverage, f.ContinuousWithPriorYears, unit.SerialNumber));
            checks.Add(new(ClaimRule.CombinationAllowed, parameters.AllowCombination || !f.HasReward, unit.SerialNumber));
        }
        return new(checks);
    }

    public static ClaimEligibilityResult EvaluateReward(RewardPurchase purchase, bool hasAllDocuments, RewardFacts facts, ClaimantFacts claimant,
        SubsidyParameters parameters)
    {
        var checks = Claimant(claimant);
        var serial = purchase.SerialNumber;
        checks.Add(new(ClaimRule.BoughtFromAnotherEnterprise, !facts.SoldByClaimant, serial));
        checks.Add(new(ClaimRule.ListedOnDeliveryDate, facts.ListedOnDeliveryDate, serial));
        checks.Add(new(ClaimRule.AmongBuyersFirstUnits, facts.BuyerUnitRank <= parameters.FirstUnitsPerBuyer, serial));
        checks.Add(new(ClaimRule.NotFundedTwice, !facts.AlreadyFunded, serial));
        checks.Add(new(ClaimRule.CombinationAllowed, parameters.AllowCombination || !facts.HasCompensation, serial));
        checks.Add(new(ClaimRule.DocumentsAttached, hasAllDocuments));
        return new(checks);
    }

    private static List<ClaimCheck> Claimant(ClaimantFacts claimant) =>
        [new(ClaimRule.NotBlacklisted, !claimant.Blacklisted), new(ClaimRule.ProgramWindowOpen, claimant.ProgramWindowOpen),
            new(ClaimRule.EnterpriseVerified, claimant.Verified)];
}
