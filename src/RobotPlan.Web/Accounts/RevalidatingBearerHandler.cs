using System.Security.Claims;
using System.Text.Encodings.Web;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Caching.Memory;
using Microsoft.Extensions.Options;
using RobotPlan.Identity;

namespace RobotPlan.Web.Accounts;

/// <summary>
/// Identity's bearer handler checks only a token's protection and expiry, so a token would keep the roles and
/// permissions it was issued with, and outlive a lock, for its whole lifetime. This scheme wraps it and does what the
/// cookie's SecurityStampValidator does: at most every <see cref="AccountSessions.RevalidationInterval"/> per user and
/// stamp it re-reads the account (<see cref="AccountSignInManager.ValidateSecurityStampAsync(AppUser, string)"/>) and
/// rebuilds the principal, so a request after a lock is 401 and one after a removed permission 403.
/// </summary>
public sealed class RevalidatingBearerHandler(
    IOptionsMonitor<AuthenticationSchemeOptions> options, ILoggerFactory logger, UrlEncoder encoder,
    IMemoryCache cache, TimeProvider clock)
    : AuthenticationHandler<AuthenticationSchemeOptions>(options, logger, encoder)
{
    protected override async Task<AuthenticateResult> HandleAuthenticateAsync()
    {
        var token = await Context.AuthenticateAsync(IdentityConstants.BearerScheme);
        if (token.Ticket is not { } ticket) return token;
        var principal = await CurrentPrincipalAsync(ticket.Principal);
        return principal is null
            ? AuthenticateResult.Fail("The account changed since the token was issued.")
            : AuthenticateResult.Success(new AuthenticationTicket(principal, ticket.Properties, Scheme.Name));
    }

    protected override Task HandleChallengeAsync(AuthenticationProperties properties) =>
        Context.ChallengeAsync(IdentityConstants.BearerScheme, properties);

    protected override Task HandleForbiddenAsync(AuthenticationProperties properties) =>
        Context.ForbidAsync(IdentityConstants.BearerScheme, properties);

    private async Task<ClaimsPrincipal?> CurrentPrincipalAsync(ClaimsPrincipal tokenPrincipal)
    {
        var signIn = Context.RequestServices.GetRequiredService<SignInManager<AppUser>>();
        var claimTypes = signIn.Options.ClaimsIdentity;
        var key = (nameof(RevalidatingBearerHandler), tokenPrincipal.FindFirstValue(claimTypes.UserIdClaimType),
            tokenPrincipal.FindFirstValue(claimTypes.SecurityStampClaimType));
        var now = clock.GetUtcNow();
        if (cache.TryGetValue(key, out Checked? last) && now - last!.At < AccountSessions.RevalidationInterval) return last.Principal;

        var user = await signIn.ValidateSecurityStampAsync(tokenPrincipal);
        if (user is null)
        {
            cache.Remove(key);
            return null;
        }
        var fresh = await signIn.CreateUserPrincipalAsync(user);
        // The TimeProvider decides freshness (tests move it); the cache's own expiry only evicts old entries.
        cache.Set(key, new Checked(fresh, now), TimeSpan.FromMinutes(10));
        return fresh;
    }

    private sealed record Checked(ClaimsPrincipal Principal, DateTimeOffset At);
}
