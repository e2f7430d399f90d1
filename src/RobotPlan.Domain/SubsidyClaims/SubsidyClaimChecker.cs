using RobotPlan.CatalogApplications;
using RobotPlan.Enterprises;
using RobotPlan.FirstUnitInsurance;
using RobotPlan.Products;
using RobotPlan.SeedWork;
using RobotPlan.SubsidyPrograms;
using RobotPlan.Timing;

namespace RobotPlan.SubsidyClaims;

/// <summary>
/// Gathers the facts R-30…R-35 need from listings, all policies and all live claims (asking the pure <see cref="ClaimFacts"/>),
/// evaluates the pure <see cref="ClaimEligibility"/> rules, and computes the amount with the programme's current parameters.
/// Choices where domain.md is silent:
/// - "funded" means a live claim (submitted and not rejected, withdrawn or clawed back); drafts block nothing;
/// - a unit is identified by product + serial number; a reward contract also by buyer + contract number;
/// - compensation counts a unit's compensated years from live claims on other policies, whatever chain they were registered in;
/// - the project cap sums the confirmed amounts of the same manufacturer's claims on policies insuring the same product(s);
/// - the combination rule is the claimed programme's parameter, applied in both directions.
/// </summary>
public sealed class SubsidyClaimChecker(
    ISubsidyClaimRepository claims,
    IClaimFactsQueries facts,
    IInsurancePolicyRepository policies,
    IProductRepository products,
    IEnterpriseCreditLookup credit,
    IEnterpriseRepository enterprises,
    TimeProvider clock)
{
    public sealed record Outcome(ClaimEligibilityResult Result, ClaimComputation? Computation);

    /// <summary>Every rule, and the amount the current parameters give when the inputs allow computing one.</summary>
    public async Task<Outcome> CheckAsync(SubsidyClaim claim, SubsidyProgram program, bool atSubmission, CancellationToken ct)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        // The window matters when a draft is first submitted; a returned claim and later decisions are not refused for it.
        var claimant = new ClaimantFacts(await credit.IsBlacklistedAsync(claim.EnterpriseId, clock.Today(), ct),
            !atSubmission || claim.Status != SubsidyClaimStatus.Draft || program.IsOpenAt(now),
            await enterprises.IsVerifiedAsync(claim.EnterpriseId, ct));
        var parameters = program.CurrentParameters;
        var live = (await claims.GetLiveAsync(ct)).Where(c => c.Id != claim.Id).ToList();
        return claim.Kind == SubsidyKind.InsuranceCompensation
            ? await CheckCompensationAsync(claim, parameters, claimant, live, ct)
            : await CheckRewardAsync(claim, parameters, claimant, live, ct);
    }

    private async Task<Outcome> CheckCompensationAsync(SubsidyClaim claim, SubsidyParameterVersion parameters, ClaimantFacts claimant,
        List<SubsidyClaim> live, CancellationToken ct)
    {
        var policy = await policies.FindAsync(claim.PolicyId!.Value, ct) ?? throw new EntityNotFoundException(typeof(InsurancePolicy), claim.PolicyId);
        var productIds = policy.Units.Select(u => u.ProductId).Distinct().ToList();
        var allPolicies = (await facts.GetPoliciesInsuringAsync(productIds, ct)).ToDictionary(p => p.Id);
        allPolicies[policy.Id] = policy;
        var liveCompensation = live.Where(c => c.Kind == SubsidyKind.InsuranceCompensation && allPolicies.ContainsKey(c.PolicyId!.Value)).ToList();
        var rewardPurchases = RewardPurchases(live);

        var unitFacts = new Dictionary<string, CompensationUnitFacts>();
        foreach (var unit in policy.Units)
        {
            var covering = liveCompensation.Select(c => allPolicies[c.PolicyId!.Value])
                .Where(p => p.Units.Any(u => ClaimFacts.SameUnit(u.ProductId, u.SerialNumber, unit))).ToList();
            var prior = covering.Where(p => p.PeriodEnd < policy.PeriodStart).DistinctBy(p => p.Id).ToList();
            unitFacts[unit.SerialNumber] = new CompensationUnitFacts(
                await facts.WasListedInFirstUnitCatalogAsync(unit.ProductId, unit.DeliveryDate, ct),
                ClaimFacts.BuyerUnitRank(unit.BuyerUscc, unit.ProductId, unit.SerialNumber, unit.DeliveryDate, allPolicies.Values, rewardPurchases),
                covering.Any(p => ClaimFacts.Overlaps(p, policy)),
                prior.Count,
                ClaimFacts.Continuous(prior, policy),
                rewardPurchases.Any(r => ClaimFacts.SameUnit(r.ProductId, r.SerialNumber, unit)));
        }
        var result = ClaimEligibility.EvaluateCompensation(policy, unitFacts, claimant, parameters.Values);

        // R-31's project cap: what the same manufacturer's claims on these products were already confirmed for.
        var already = liveCompensation.Where(c => c.EnterpriseId == claim.EnterpriseId && c.Computation is not null)
            .Sum(c => c.Computation!.Amount);
        var computation = policy.PremiumPaid > 0
            ? ClaimComputation.ForCompensation(parameters.Version, parameters.Values, policy.PremiumPaid, policy.SumInsured, already)
            : null;
        return new Outcome(result, computation);
    }

    private async Task<Outcome> CheckRewardAsync(SubsidyClaim claim, SubsidyParameterVersion parameters, ClaimantFacts claimant,
        List<SubsidyClaim> live, CancellationToken ct)
    {
        var purchase = claim.Purchase!;
        var product = await products.FindAsync(purchase.ProductId, ct);
        var allPolicies = await facts.GetPoliciesInsuringAsync([purchase.ProductId], ct);
        var rewardPurchases = RewardPurchases(live);
        var policyById = allPolicies.ToDictionary(p => p.Id);
        var compensated = live.Any(c => c.Kind == SubsidyKind.InsuranceCompensation && policyById.TryGetValue(c.PolicyId!.Value, out var p)
            && p.Units.Any(u => ClaimFacts.SameUnit(purchase.ProductId, purchase.SerialNumber, u)));
        var funded = rewardPurchases.Any(r => (r.ProductId == purchase.ProductId && ClaimFacts.SameSerial(r.SerialNumber, purchase.SerialNumber))
            || (r.BuyerUscc == purchase.BuyerUscc && string.Equals(r.ContractNumber, purchase.ContractNumber, StringComparison.OrdinalIgnoreCase)));
        var rewardFacts = new RewardFacts(
            await facts.WasListedInFirstUnitCatalogAsync(purchase.ProductId, purchase.DeliveryDate, ct),
            ClaimFacts.BuyerUnitRank(purchase.BuyerUscc, purchase.ProductId, purchase.SerialNumber, purchase.DeliveryDate, allPolicies, rewardPurchases),
            funded, compensated, product?.EnterpriseId == claim.EnterpriseId);
        var result = ClaimEligibility.EvaluateReward(purchase, claim.HasAllDocuments, rewardFacts, claimant, parameters.Values);
        return new Outcome(result, ClaimComputation.ForReward(parameters.Version, parameters.Values, purchase.ContractPrice));
    }

    private static List<RewardPurchase> RewardPurchases(IEnumerable<SubsidyClaim> live) =>
        live.Where(c => c.Kind == SubsidyKind.FirstPurchaseReward).Select(c => c.Purchase!).ToList();
}
