using System.Security.Claims;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Options;
using RobotPlan.Identity;

namespace RobotPlan.Web.Accounts;

/// <summary>
/// Identity's sign-in manager with RobotPlan's account rules: a disabled (<see cref="AppUser.IsActive"/> false) or
/// deleted user can neither sign in nor keep a session — the security-stamp check that cookies run every
/// <see cref="AccountSessions.RevalidationInterval"/>, bearer tokens run through <see cref="RevalidatingBearerHandler"/>
/// and refresh tokens run on every refresh fails for it.
/// </summary>
public sealed class AccountSignInManager(
    UserManager<AppUser> userManager,
    IHttpContextAccessor contextAccessor,
    IUserClaimsPrincipalFactory<AppUser> claimsFactory,
    IOptions<IdentityOptions> optionsAccessor,
    ILogger<SignInManager<AppUser>> logger,
    IAuthenticationSchemeProvider schemes,
    IUserConfirmation<AppUser> confirmation)
    : SignInManager<AppUser>(userManager, contextAccessor, claimsFactory, optionsAccessor, logger, schemes, confirmation)
{
    /// <summary>
    /// Issue #14: a role that must use a second factor and has none yet is not signed in by its password alone; only
    /// "passed the password" is remembered (Identity's two-factor cookie) and the login page sends it to set up its
    /// authenticator. Users with an authenticator get Identity's own two-factor step.
    /// </summary>
    protected override async Task<SignInResult> SignInOrTwoFactorAsync(AppUser user, bool isPersistent, string? loginProvider = null, bool bypassTwoFactor = false)
    {
        if (bypassTwoFactor || user.TwoFactorEnabled || !RobotPlanRoles.RequireTwoFactor(await UserManager.GetRolesAsync(user)))
            return await base.SignInOrTwoFactorAsync(user, isPersistent, loginProvider, bypassTwoFactor);
        var identity = new ClaimsIdentity(IdentityConstants.TwoFactorUserIdScheme);
        identity.AddClaim(new Claim(ClaimTypes.Name, user.Id.ToString()));
        await Context.SignInAsync(IdentityConstants.TwoFactorUserIdScheme, new ClaimsPrincipal(identity));
        return SignInResult.TwoFactorRequired;
    }

    public override async Task<bool> CanSignInAsync(AppUser user) => user.IsActive && await base.CanSignInAsync(user);

    /// <summary>
    /// Not a temporary lockout after failed passwords: that would let anyone end a user's open session by guessing
    /// wrong five times. An administrator's lock sets <see cref="AppUser.IsActive"/> false and changes the stamp.
    /// </summary>
    public override async Task<bool> ValidateSecurityStampAsync(AppUser? user, string? securityStamp) =>
        user is { IsActive: true } && await base.ValidateSecurityStampAsync(user, securityStamp);
}
