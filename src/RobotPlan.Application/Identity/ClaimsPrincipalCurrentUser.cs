using System.Security.Claims;

namespace RobotPlan.Identity;

/// <summary>ICurrentUser read from a principal's claims (role, permission and binding claims).</summary>
public abstract class ClaimsPrincipalCurrentUser : ICurrentUser
{
    protected abstract ClaimsPrincipal? Principal { get; }

    public bool IsAuthenticated => Principal?.Identity?.IsAuthenticated == true;
    public Guid? Id => GuidClaim(ClaimTypes.NameIdentifier);
    public string? UserName => Principal?.Identity?.Name;
    public string? DisplayName => Principal?.FindFirst(RobotPlanClaimTypes.DisplayName)?.Value is { Length: > 0 } name ? name : UserName;
    public IReadOnlyList<string> Roles => Principal?.FindAll(ClaimTypes.Role).Select(c => c.Value).ToList() ?? [];
    public Guid? EnterpriseId => GuidClaim(RobotPlanClaimTypes.EnterpriseId);
    public Guid? JurisdictionId => GuidClaim(RobotPlanClaimTypes.JurisdictionId);
    public Guid? TestingBodyId => GuidClaim(RobotPlanClaimTypes.TestingBodyId);

    public bool HasPermission(string permission) => Principal?.HasClaim(RobotPlanClaimTypes.Permission, permission) == true;

    public bool IsInRole(string role) => Principal?.IsInRole(role) == true;

    private Guid? GuidClaim(string type) => Guid.TryParse(Principal?.FindFirst(type)?.Value, out var id) ? id : null;
}
