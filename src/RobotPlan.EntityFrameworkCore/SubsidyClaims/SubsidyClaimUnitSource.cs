using RobotPlan.Units;

namespace RobotPlan.EntityFrameworkCore.SubsidyClaims;

/// <summary>The trace's view of claims about one unit: compensation claims by the policies insuring it, reward claims by the unit bought.</summary>
internal sealed class SubsidyClaimUnitSource(RobotPlanDbContext db) : IUnitClaimSource
{
    public async Task<IReadOnlyList<UnitClaimReference>> FindClaimsAsync(Guid productId, string serialNumber, IReadOnlyCollection<Guid> policyIds,
        CancellationToken ct)
    {
        var claims = await db.Set<SubsidyClaim>().AsNoTracking()
            .Where(c => (c.PolicyId != null && policyIds.Contains(c.PolicyId.Value))
                        || (c.Purchase != null && c.Purchase.ProductId == productId && c.Purchase.SerialNumber == serialNumber))
            .Select(c => new { c.Id, c.Kind, c.Status, c.SubmittedAt })
            .ToListAsync(ct);
        return claims.OrderBy(c => c.SubmittedAt ?? DateTime.MaxValue)
            .Select(c => new UnitClaimReference(c.Id, c.Kind.ToString(), c.Status.ToString(), c.SubmittedAt)).ToList();
    }
}
