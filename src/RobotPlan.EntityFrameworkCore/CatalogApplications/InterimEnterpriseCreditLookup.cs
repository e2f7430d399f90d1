using RobotPlan.CatalogApplications;

namespace RobotPlan.EntityFrameworkCore.CatalogApplications;

/// <summary>INTERIM: always "not blacklisted". Credit records come with a later issue, which replaces this.</summary>
internal sealed class EnterpriseCreditLookup : IEnterpriseCreditLookup
{
    public Task<bool> IsBlacklistedAsync(Guid enterpriseId, DateOnly on, CancellationToken ct) => Task.FromResult(false);
}
