using System.Security.Claims;


namespace RobotPlan.Identity;

/// <summary>Adds the user's binding (enterprise, jurisdiction, testing body) to the principal; roles and their permission claims come from Identity.</summary>
public sealed class AppUserClaimsPrincipalFactory(
    UserManager<AppUser> userManager, RoleManager<AppRole> roleManager, IOptions<IdentityOptions> options)
    : UserClaimsPrincipalFactory<AppUser, AppRole>(userManager, roleManager, options)
{
    protected override async Task<ClaimsIdentity> GenerateClaimsAsync(AppUser user)
    {
        var identity = await base.GenerateClaimsAsync(user);
        identity.AddClaim(new Claim(RobotPlanClaimTypes.DisplayName, user.DisplayName));
        if (user.EnterpriseId is { } e) identity.AddClaim(new Claim(RobotPlanClaimTypes.EnterpriseId, e.ToString()));
        if (user.JurisdictionId is { } j) identity.AddClaim(new Claim(RobotPlanClaimTypes.JurisdictionId, j.ToString()));
        if (user.TestingBodyId is { } t) identity.AddClaim(new Claim(RobotPlanClaimTypes.TestingBodyId, t.ToString()));
        return identity;
    }
}
