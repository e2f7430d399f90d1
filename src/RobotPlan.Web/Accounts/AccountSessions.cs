namespace RobotPlan.Web.Accounts;

/// <summary>
/// How long a session may go on after its account changed (issue #14, ADR 0005): a lock, a password reset, a removed
/// role or permission reaches cookie sessions and bearer tokens within <see cref="RevalidationInterval"/>.
/// </summary>
public static class AccountSessions
{
    public static readonly TimeSpan RevalidationInterval = TimeSpan.FromSeconds(60);

    /// <summary>Short, so that a leaked access token is worth little; clients renew it with the refresh token.</summary>
    public static readonly TimeSpan AccessTokenLifetime = TimeSpan.FromMinutes(15);

    /// <summary>As long as a cookie session (8 h); every refresh re-checks the account.</summary>
    public static readonly TimeSpan RefreshTokenLifetime = TimeSpan.FromHours(8);

    /// <summary>The wrapper scheme API requests with "Authorization: Bearer" are authenticated by.</summary>
    public const string RevalidatingBearerScheme = "RobotPlan.Bearer";
}
