using System.Security.Cryptography;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.AspNetCore.Identity;
using RobotPlan.Identity;

namespace RobotPlan.Web.Accounts;

/// <summary>
/// The API's two-step sign-in (ADR 0005): a right password for a user with a second factor earns a challenge token,
/// not an access token; the challenge plus a TOTP or recovery code earns the access token. The challenge names the
/// user and its security stamp, lives five minutes and is protected by Data Protection, so any node can read it.
/// </summary>
public sealed class TwoFactorChallenges(IDataProtectionProvider dataProtection, UserManager<AppUser> users)
{
    public static readonly TimeSpan Lifetime = TimeSpan.FromMinutes(5);

    private readonly ITimeLimitedDataProtector _protector =
        dataProtection.CreateProtector("RobotPlan.Accounts.TwoFactorChallenge").ToTimeLimitedDataProtector();

    public async Task<string> IssueAsync(AppUser user) =>
        _protector.Protect($"{user.Id:N}|{await users.GetSecurityStampAsync(user)}", Lifetime);

    /// <summary>The user the challenge was issued to, or null when it is forged, expired or the account changed since.</summary>
    public async Task<AppUser?> RedeemAsync(string challenge)
    {
        string payload;
        try
        {
            payload = _protector.Unprotect(challenge);
        }
        catch (Exception e) when (e is CryptographicException or FormatException)
        {
            return null;
        }
        var parts = payload.Split('|');
        if (parts.Length != 2 || await users.FindByIdAsync(Guid.ParseExact(parts[0], "N").ToString()) is not { } user) return null;
        return await users.GetSecurityStampAsync(user) == parts[1] ? user : null;
    }
}
