using Microsoft.AspNetCore.Authentication.BearerToken;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Options;
using RobotPlan.Accounts;
using RobotPlan.Errors;
using RobotPlan.Identity;
using RobotPlan.Web.Accounts;
using RobotPlan.Web.Hosting;

namespace RobotPlan.Web.Controllers;

/// <summary>
/// API sign-in (ADR 0005): user name + password → an Identity bearer token
/// ({ tokenType, accessToken, expiresIn, refreshToken }); for a user with a second factor, a challenge first and the
/// token after <c>token/two-factor</c>. Same password policy, lockout and rate limit as the UI. Every failure —
/// unknown user, wrong password, locked or disabled account, wrong code — is the same 401 (no account enumeration).
/// </summary>
[Route("api/account")]
[AllowAnonymous]
public sealed class TokenController(
    SignInManager<AppUser> signIn, TwoFactorChallenges challenges, IOptionsMonitor<BearerTokenOptions> bearerOptions,
    SignInThrottle throttle, TimeProvider clock, ErrorProblemFactory problems) : RobotPlanControllerBase
{
    /// <summary>
    /// 200 with the token, or 401 <c>RobotPlan:Account.TwoFactorRequired</c> carrying <c>challengeToken</c> (send it
    /// with a code to <c>token/two-factor</c> within five minutes), or 401 <c>RobotPlan:Account.TwoFactorSetupRequired</c>
    /// for a role that must use a second factor and has not set one up yet (first sign-in in the browser does it).
    /// </summary>
    [HttpPost("token")]
    [ProducesResponseType<AccessTokenResponse>(StatusCodes.Status200OK)]
    [ProducesResponseType<RobotPlan.Conventions.ApiProblem>(StatusCodes.Status401Unauthorized, RobotPlan.Conventions.ApiResponsesConventionAttribute.ProblemContentType)]
    public async Task<IActionResult> TokenAsync(LoginDto input)
    {
        if (throttle.Attempt(HttpContext, input.UserName) is { } retryAfter) return await TooManyAsync(retryAfter);
        var user = await signIn.UserManager.FindByNameAsync(input.UserName.Trim());
        if (user is null) return Unauthorized(RobotPlanErrorCodes.LoginFailed);
        var result = await signIn.CheckPasswordSignInAsync(user, input.Password, lockoutOnFailure: true);
        if (!result.Succeeded) return Unauthorized(RobotPlanErrorCodes.LoginFailed);
        if (user.TwoFactorEnabled)
        {
            var problem = Coded(RobotPlanErrorCodes.TwoFactorRequired);
            problem.Extensions["challengeToken"] = await challenges.IssueAsync(user);
            problem.Extensions["challengeExpiresIn"] = (int)TwoFactorChallenges.Lifetime.TotalSeconds;
            return new ObjectResult(problem) { StatusCode = StatusCodes.Status401Unauthorized };
        }
        if (RobotPlanRoles.RequireTwoFactor(await signIn.UserManager.GetRolesAsync(user)))
            return Unauthorized(RobotPlanErrorCodes.TwoFactorSetupRequired);
        return await IssueTokenAsync(user);
    }

    /// <summary>The second step: the challenge and a TOTP code (or one recovery code, used up) → the token.</summary>
    [HttpPost("token/two-factor")]
    [ProducesResponseType<AccessTokenResponse>(StatusCodes.Status200OK)]
    [ProducesResponseType<RobotPlan.Conventions.ApiProblem>(StatusCodes.Status401Unauthorized, RobotPlan.Conventions.ApiResponsesConventionAttribute.ProblemContentType)]
    public async Task<IActionResult> TwoFactorAsync(TwoFactorTokenDto input)
    {
        var user = await challenges.RedeemAsync(input.ChallengeToken);
        if (throttle.Attempt(HttpContext, user?.UserName) is { } retryAfter) return await TooManyAsync(retryAfter);
        if (user is null || !await signIn.CanSignInAsync(user) || await signIn.UserManager.IsLockedOutAsync(user))
            return Unauthorized(RobotPlanErrorCodes.LoginFailed);
        var accepted = input.Code is { Length: > 0 } code
            ? await signIn.UserManager.VerifyTwoFactorTokenAsync(user, TokenOptions.DefaultAuthenticatorProvider, code.Replace(" ", ""))
            : (await signIn.UserManager.RedeemTwoFactorRecoveryCodeAsync(user, input.RecoveryCode!.Replace(" ", ""))).Succeeded;
        if (!accepted)
        {
            // Wrong codes count towards the same lockout as wrong passwords.
            await signIn.UserManager.AccessFailedAsync(user);
            return Unauthorized(RobotPlanErrorCodes.LoginFailed);
        }
        await signIn.UserManager.ResetAccessFailedCountAsync(user);
        return await IssueTokenAsync(user);
    }

    /// <summary>
    /// A new token pair for an unexpired refresh token, as Identity's own /refresh does: only while the account is
    /// active and its security stamp unchanged (a lock, a password reset or a reset second factor revoke it).
    /// </summary>
    [HttpPost("refresh")]
    [ProducesResponseType<AccessTokenResponse>(StatusCodes.Status200OK)]
    [ProducesResponseType<RobotPlan.Conventions.ApiProblem>(StatusCodes.Status401Unauthorized, RobotPlan.Conventions.ApiResponsesConventionAttribute.ProblemContentType)]
    public async Task<IActionResult> RefreshAsync(RefreshTokenDto input)
    {
        var ticket = bearerOptions.Get(IdentityConstants.BearerScheme).RefreshTokenProtector.Unprotect(input.RefreshToken);
        if (ticket?.Properties.ExpiresUtc is not { } expires || clock.GetUtcNow() >= expires
            || await signIn.ValidateSecurityStampAsync(ticket.Principal) is not { } user)
            return Unauthorized(RobotPlanErrorCodes.LoginFailed);
        return await IssueTokenAsync(user);
    }

    private async Task<IActionResult> IssueTokenAsync(AppUser user)
    {
        // The bearer handler writes the token response itself.
        signIn.AuthenticationScheme = IdentityConstants.BearerScheme;
        await signIn.SignInAsync(user, isPersistent: false);
        return new EmptyResult();
    }

    private async Task<IActionResult> TooManyAsync(TimeSpan retryAfter)
    {
        await RateLimitRejection.WriteAsync(HttpContext, retryAfter, HttpContext.RequestAborted);
        return new EmptyResult();
    }

    private ProblemDetails Coded(string code) => problems.Coded(StatusCodes.Status401Unauthorized, code);

    private ObjectResult Unauthorized(string code) => new(Coded(code)) { StatusCode = StatusCodes.Status401Unauthorized };
}
