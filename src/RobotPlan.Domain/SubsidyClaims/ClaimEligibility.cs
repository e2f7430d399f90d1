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

/// <summary>What the rules need to know about the claimant and the programme's window.</summary>
/// <param name="ProgramWindowOpen">True when the window is open or does not matter (a returned claim, or a decision).</param>
/// <param name="Verified">Issue #14: the claimant's district verified it.</param>
public sealed record ClaimantFacts(bool Blacklisted, bool ProgramWindowOpen, bool Verified);

/// <summary>
/// What the compensation rules need to know about one insured unit beyond the policy itself, gathered from other aggregates
/// (listings, other policies, live claims) by <see cref="SubsidyClaimChecker"/> with <see cref="ClaimFacts"/>.
/// </summary>
/// <param name="ListedOnDeliveryDate">Active in the first-unit catalog on the delivery date .</param>
/// <param name="BuyerUnitRank">1 for the buyer's first unit of this model, 2 for the second … .</param>
/// <param name="AlreadyFunded">Already compensated for an overlapping period by another live claim .</param>
/// <param name="PriorCompensatedYears">The unit's compensated policy years before this one, on any policy .</param>
/// <param name="ContinuousWithPriorYears">Those years and this one follow each other without a day uncovered .</param>
/// <param name="HasReward">The unit already has a live first-purchase reward claim .</param>
public sealed record CompensationUnitFacts(bool ListedOnDeliveryDate, int BuyerUnitRank, bool AlreadyFunded, int PriorCompensatedYears,
    bool ContinuousWithPriorYears, bool HasReward);

/// <summary>Facts of a reward claim's one unit.</summary>
public sealed record RewardFacts(bool ListedOnDeliveryDate, int BuyerUnitRank, bool AlreadyFunded, bool HasCompensation, bool SoldByClaimant);

/// <summary>
/// The pure rules of both kinds (R-30… ), every rule evaluated (never stopping at the first failure) so the
/// pre-check and the reviewer see all reasons at once.
/// </summary>
public static class ClaimEligibility
{
    public static ClaimEligibilityResult EvaluateCompensation(InsurancePolicy policy, IReadOnlyDictionary<string, CompensationUnitFacts> facts,
        ClaimantFacts claimant, SubsidyParameters parameters)
    {
        var checks = Claimant(claimant);
        checks.Add(new(ClaimRule.PremiumFullyPaid, policy.IsPremiumFullyPaid));
        foreach (var unit in policy.Units)
        {
            var f = facts[unit.SerialNumber];
            var serial = unit.SerialNumber;
            checks.Add(new(ClaimRule.LiabilityCoversUnitValue, policy.LiabilityLimit >= unit.UnitValue, serial));
            checks.Add(new(ClaimRule.ListedOnDeliveryDate, f.ListedOnDeliveryDate, serial));
            checks.Add(new(ClaimRule.AmongBuyersFirstUnits, f.BuyerUnitRank <= parameters.FirstUnitsPerBuyer, serial));
            checks.Add(new(ClaimRule.NotFundedTwice, !f.AlreadyFunded, serial));
            // this year is the unit's n-th compensated year, n the later of its year in the policy's renewal chain and
            // its compensated years on other policies + 1 (whatever chain those were registered in).
            var year = Math.Max(policy.PolicyYear, f.PriorCompensatedYears + 1);
            checks.Add(new(ClaimRule.WithinCompensatedYears, year <= parameters.MaxCompensatedYears, serial));
            checks.Add(new(ClaimRule.ContinuousCoverage, f.ContinuousWithPriorYears, serial));
            checks.Add(new(ClaimRule.CombinationAllowed, parameters.AllowCombination || !f.HasReward, serial));
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
