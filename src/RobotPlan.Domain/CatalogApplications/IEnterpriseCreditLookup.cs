namespace RobotPlan.CatalogApplications;

/// <summary>R-60 via R-13: a blacklisted enterprise may not apply. Credit records are their own feature.</summary>
public interface IEnterpriseCreditLookup
{
    Task<bool> IsBlacklistedAsync(Guid enterpriseId, DateOnly on, CancellationToken ct = default);
}
