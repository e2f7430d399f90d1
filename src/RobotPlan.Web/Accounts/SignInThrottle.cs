using System.Threading.RateLimiting;
using Microsoft.Extensions.Options;
using RobotPlan.Web.Hosting;

namespace RobotPlan.Web.Accounts;

/// <summary>
/// S-C, issue #14: sign-in attempts (the login form's POST, the token and two-factor steps) are limited per client
/// address and per user name, both fixed windows of a minute. It is called by the handlers, not attached as an
/// endpoint policy, because the user name is in the body and viewing the login form must never count.
/// </summary>
public sealed class SignInThrottle : IDisposable
{
    private readonly PartitionedRateLimiter<(string Address, string UserName)> _limiter;

    public SignInThrottle(IOptions<RateLimitOptions> options)
    {
        var limits = options.Value;
        _limiter = PartitionedRateLimiter.CreateChained(
            PartitionedRateLimiter.Create<(string Address, string UserName), string>(key =>
                RateLimitPartition.GetFixedWindowLimiter(key.Address, _ => Window(limits.LoginPerMinute))),
            PartitionedRateLimiter.Create<(string Address, string UserName), string>(key =>
                RateLimitPartition.GetFixedWindowLimiter(key.UserName, _ => Window(limits.LoginPerUserNamePerMinute))));
    }

    /// <summary>Counts one attempt; null when allowed, else how long the client must wait (the Retry-After).</summary>
    public TimeSpan? Attempt(HttpContext context, string? userName)
    {
        var address = context.Connection.RemoteIpAddress?.ToString() ?? "unknown";
        // Case and padding do not make another user name (Identity matches names normalized, too).
        using var lease = _limiter.AttemptAcquire((address, (userName ?? "").Trim().ToUpperInvariant()));
        if (lease.IsAcquired) return null;
        return lease.TryGetMetadata(MetadataName.RetryAfter, out var retryAfter) ? retryAfter : TimeSpan.FromMinutes(1);
    }

    public void Dispose() => _limiter.Dispose();

    private static FixedWindowRateLimiterOptions Window(int permits) =>
        new() { PermitLimit = permits, Window = TimeSpan.FromMinutes(1), QueueLimit = 0, AutoReplenishment = true };
}
