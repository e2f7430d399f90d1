using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.RateLimiting;
using RobotPlan.Accounts;
using RobotPlan.Errors;
using RobotPlan.Identity;
using RobotPlan.Web.Hosting;

namespace RobotPlan.Web.Controllers;

/// <summary>
/// API sign-in (ADR 0005): user name + password → an Identity bearer token
/// ({ tokenType, accessToken, expiresIn, refreshToken }). Same password policy, lockout and rate limit as the UI.
/// </summary>
[Route("api/account")]
[AllowAnonymous]
public sealed class TokenController(SignInManager<AppUser> signIn, ErrorProblemFactory problems) : RobotPlanControllerBase
{
    [HttpPost("token")]
    [EnableRateLimiting(RateLimitSetup.Login)]
    [ProducesResponseType<Microsoft.AspNetCore.Authentication.BearerToken.AccessTokenResponse>(StatusCodes.Status200OK)]
    [ProducesResponseType<RobotPlan.Conventions.ApiProblem>(StatusCodes.Status401Unauthorized, RobotPlan.Conventions.ApiResponsesConventionAttribute.ProblemContentType)]
    public async Task<IActionResult> TokenAsync(LoginDto input)
    {
        signIn.AuthenticationScheme = IdentityConstants.BearerScheme;
        var user = await signIn.UserManager.FindByNameAsync(input.UserName.Trim());
        if (user is not { IsActive: true }) return Unauthorized(RobotPlanErrorCodes.LoginFailed);
        var result = await signIn.CheckPasswordSignInAsync(user, input.Password, lockoutOnFailure: true);
        if (result.IsLockedOut) return Unauthorized(RobotPlanErrorCodes.LockedOut);
        if (!result.Succeeded) return Unauthorized(RobotPlanErrorCodes.LoginFailed);
        // The bearer handler writes the token response itself.
        await signIn.SignInAsync(user, isPersistent: false);
        return new EmptyResult();
    }

    private ObjectResult Unauthorized(string code)
    {
        var problem = problems.Coded(StatusCodes.Status401Unauthorized, code);
        return new ObjectResult(problem) { StatusCode = StatusCodes.Status401Unauthorized };
    }
}
