using RobotPlan.Authorization;
using RobotPlan.Enterprises;
using RobotPlan.SeedWork;

namespace RobotPlan.SubsidyClaims;

/// <summary>
/// Which claims the caller may see (DataScope): enterprises their own, district reviewers their jurisdiction's; any other
/// claim is a 404, as if it did not exist. Shared by the claim's and the award's app services.
/// </summary>
public sealed class SubsidyClaimAccess(ISubsidyClaimRepository claims, IEnterpriseRepository enterprises, DataScope scope)
{
    /// <summary>A page of the claims the caller may see; none for a user with no scope at all.</summary>
    public async Task<(int TotalCount, List<SubsidyClaim> Items)> GetVisiblePageAsync(GetSubsidyClaimsInput input, CancellationToken ct)
    {
        if (!scope.SeesAllEnterprises && scope.JurisdictionRestriction is null && scope.EnterpriseRestriction is null) return (0, []);
        return await claims.GetPageAsync(new SubsidyClaimFilter(input.ProgramId, input.Kind, input.Status, scope.EnterpriseRestriction,
            scope.JurisdictionRestriction, input.SkipCount, input.MaxResultCount), ct);
    }

    public async Task<SubsidyClaim> LoadVisibleAsync(Guid id, CancellationToken ct)
    {
        var claim = await claims.FindAsync(id, ct) ?? throw new EntityNotFoundException(typeof(SubsidyClaim), id);
        var enterprise = await enterprises.FindAsync(claim.EnterpriseId, ct);
        if (enterprise is null || !scope.CanSee(enterprise)) throw new EntityNotFoundException(typeof(SubsidyClaim), id);
        return claim;
    }

    /// <summary>The claimant's own claim only (acts of the enterprise).</summary>
    public async Task<SubsidyClaim> LoadOwnAsync(Guid id, CancellationToken ct)
    {
        var claim = await LoadVisibleAsync(id, ct);
        scope.EnsureOwnEnterprise(claim.EnterpriseId, typeof(SubsidyClaim), id);
        return claim;
    }
}
