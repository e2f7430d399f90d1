namespace RobotPlan.SeedWork;

/// <summary>Who is acting, and which party (enterprise, jurisdiction, testing body) the user is bound to.</summary>
public interface ICurrentUser
{
    bool IsAuthenticated { get; }
    Guid? Id { get; }
    string? UserName { get; }
    /// <summary>The name people read (渝北区经信委 审核员), written into history rows; the login name when there is none.</summary>
    string? DisplayName => UserName;
    IReadOnlyList<string> Roles { get; }
    Guid? EnterpriseId { get; }
    Guid? JurisdictionId { get; }
    Guid? TestingBodyId { get; }
    bool HasPermission(string permission);
    bool IsInRole(string role);
}
