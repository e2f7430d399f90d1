using RobotPlan.CatalogApplications;
using RobotPlan.Enterprises;
using RobotPlan.FirstUnitInsurance;
using RobotPlan.Products;
using RobotPlan.SeedWork;
using RobotPlan.Subsidies;
using RobotPlan.SubsidyPrograms;
using RobotPlan.Timing;

namespace RobotPlan.SubsidyClaims;

/// <summary>
/// Gathers the facts R-30…R-35 need from listings, all policies and all live claims, evaluates the pure
/// <see cref="ClaimEligibility"/> rules, and computes the amount with the programme's current parameters.
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
        var liveRewards = live.Where(c => c.Kind == SubsidyKind.FirstPurchaseReward).ToList();

        var unitFacts = new Dictionary<string, CompensationUnitFacts>();
        foreach (var unit in policy.Units)
        {
            bool Covers(SubsidyClaim c) => allPolicies[c.PolicyId!.Value].Units.Any(u => SameUnit(u.ProductId, u.SerialNumber, unit));
            var overlapping = liveCompensation.Where(c => Covers(c) && Overlaps(allPolicies[c.PolicyId!.Value], policy));
            var prior = liveCompensation.Where(c => Covers(c) && allPolicies[c.PolicyId!.Value].PeriodEnd < policy.PeriodStart)
                .Select(c => allPolicies[c.PolicyId!.Value]).DistinctBy(p => p.Id).ToList();
            var rank = BuyerUnitRank(unit.BuyerUscc, unit.ProductId, unit.SerialNumber, unit.DeliveryDate, allPolicies.Values, liveRewards);
            var baseFacts = new UnitFacts(await facts.WasListedInFirstUnitCatalogAsync(unit.ProductId, unit.DeliveryDate, ct), rank, overlapping.Any());
            unitFacts[unit.SerialNumber] = new CompensationUnitFacts(baseFacts, prior.Count, Continuous(prior, policy),
                liveRewards.Any(r => SameUnit(r.Purchase!.ProductId, r.Purchase.SerialNumber, unit)));
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
        var liveRewards = live.Where(c => c.Kind == SubsidyKind.FirstPurchaseReward).ToList();
        var policyById = allPolicies.ToDictionary(p => p.Id);
        var compensated = live.Any(c => c.Kind == SubsidyKind.InsuranceCompensation && policyById.TryGetValue(c.PolicyId!.Value, out var p)
            && p.Units.Any(u => u.ProductId == purchase.ProductId && SameSerial(u.SerialNumber, purchase.SerialNumber)));
        var funded = liveRewards.Any(r => (r.Purchase!.ProductId == purchase.ProductId && SameSerial(r.Purchase.SerialNumber, purchase.SerialNumber))
            || (r.Purchase.BuyerUscc == purchase.BuyerUscc && string.Equals(r.Purchase.ContractNumber, purchase.ContractNumber, StringComparison.OrdinalIgnoreCase)));
        var rewardFacts = new RewardFacts(
            await facts.WasListedInFirstUnitCatalogAsync(purchase.ProductId, purchase.DeliveryDate, ct),
            BuyerUnitRank(purchase.BuyerUscc, purchase.ProductId, purchase.SerialNumber, purchase.DeliveryDate, allPolicies, liveRewards),
            funded, compensated, product?.EnterpriseId == claim.EnterpriseId);
        var result = ClaimEligibility.EvaluateReward(purchase, claim.HasAllDocuments, rewardFacts, claimant, parameters.Values);
        return new Outcome(result, ClaimComputation.ForReward(parameters.Version, parameters.Values, purchase.ContractPrice));
    }

    /// <summary>
    /// 1 for the buyer's first unit of the model. Units come from every policy and every live reward claim, ordered by
    /// delivery date then serial number; a unit seen twice counts once, at its earliest delivery.
    /// </summary>
    private static int BuyerUnitRank(string buyerUscc, Guid productId, string serial, DateOnly delivery, IEnumerable<InsurancePolicy> allPolicies,
        IEnumerable<SubsidyClaim> liveRewards)
    {
        var units = allPolicies.SelectMany(p => p.Units).Where(u => u.BuyerUscc == buyerUscc && u.ProductId == productId)
            .Select(u => (Serial: Normalize(u.SerialNumber), u.DeliveryDate))
            .Concat(liveRewards.Select(r => r.Purchase!).Where(p => p.BuyerUscc == buyerUscc && p.ProductId == productId)
                .Select(p => (Serial: Normalize(p.SerialNumber), p.DeliveryDate)))
            .Append((Serial: Normalize(serial), DeliveryDate: delivery))
            .GroupBy(u => u.Serial).Select(g => (Serial: g.Key, DeliveryDate: g.Min(u => u.DeliveryDate)))
            .OrderBy(u => u.DeliveryDate).ThenBy(u => u.Serial, StringComparer.Ordinal).ToList();
        return units.FindIndex(u => u.Serial == Normalize(serial)) + 1;
    }

    /// <summary>R-32: the unit's compensated years and this one follow each other without a day uncovered.</summary>
    private static bool Continuous(List<InsurancePolicy> prior, InsurancePolicy current)
    {
        var periods = prior.Append(current).OrderBy(p => p.PeriodStart).ToList();
        return periods.Zip(periods.Skip(1)).All(pair => pair.First.PeriodEnd.AddDays(1) == pair.Second.PeriodStart);
    }

    private static bool Overlaps(InsurancePolicy a, InsurancePolicy b) => a.PeriodStart <= b.PeriodEnd && b.PeriodStart <= a.PeriodEnd;

    private static bool SameUnit(Guid productId, string serial, InsuredUnit unit) => productId == unit.ProductId && SameSerial(serial, unit.SerialNumber);

    private static bool SameSerial(string a, string b) => Normalize(a) == Normalize(b);

    private static string Normalize(string serial) => serial.Trim().ToUpperInvariant();
}
