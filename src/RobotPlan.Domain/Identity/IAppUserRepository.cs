namespace RobotPlan.Identity;

/// <summary>Reads for the users administration; writes go through Identity's UserManager.</summary>
public interface IAppUserRepository
{
    Task<(int TotalCount, List<UserWithRoles> Items)> GetPageAsync(UserFilter filter, CancellationToken ct = default);
    /// <summary>The accounts acting for this enterprise (a USCC transfer unbinds them).</summary>
    Task<List<Guid>> GetIdsBoundToEnterpriseAsync(Guid enterpriseId, CancellationToken ct = default);
}

public sealed record UserWithRoles(AppUser User, IReadOnlyList<string> Roles);

public sealed record UserFilter(string? Keyword, string? Role, string? Sorting, int SkipCount, int MaxResultCount);
