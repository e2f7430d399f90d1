namespace RobotPlan.SeedWork;

/// <summary>Who is acting, and which party (enterprise, jurisdiction, testing body) the user is bound to.</summary>
public interface ICurrentUser
{
    bool IsAuthenticated { get; }
    Guid? Id { get; }
    string? UserName { get; }
    IReadOnlyList<string> Roles { get; }
    Guid? EnterpriseId { get; }
    Guid? JurisdictionId { get; }
    Guid? TestingBodyId { get; }
    bool HasPermission(string permission);
    bool IsInRole(string role);
}
