using System.Threading.RateLimiting;

namespace RobotPlan.Web.Hosting;

/// <summary>S-C: public search is rate limited per client address; sign-in attempts by <see cref="RobotPlan.Web.Accounts.SignInThrottle"/>.</summary>
public static class RateLimitSetup
{
    public const string PublicSearch = "public-search";
    public const string Registration = RateLimitPolicies.Registration;

    public static IServiceCollection AddRobotPlanRateLimits(this IServiceCollection services)
    {
        services.AddOptions<RateLimitOptions>().BindConfiguration("RateLimits");
        services.AddRateLimiter(o =>
        {
            o.RejectionStatusCode = StatusCodes.Status429TooManyRequests;
            o.OnRejected = (context, ct) => new ValueTask(RateLimitRejection.WriteAsync(context.HttpContext,
                context.Lease.TryGetMetadata(MetadataName.RetryAfter, out var retryAfter) ? retryAfter : TimeSpan.FromMinutes(1), ct));
            o.AddPolicy(PublicSearch, context => Partition(context, l => l.PublicSearchPerMinute));
            // Issue #14: only attempts count (a POST); showing the form is never limited.
            o.AddPolicy(Registration, context => HttpMethods.IsGet(context.Request.Method) || HttpMethods.IsHead(context.Request.Method)
                ? RateLimitPartition.GetNoLimiter("view")
                : Partition(context, l => l.RegistrationsPerHour, TimeSpan.FromHours(1)));
        });
        return services;
    }

    private static RateLimitPartition<string> Partition(HttpContext context, Func<RateLimitOptions, int> limit, TimeSpan? window = null)
    {
        var options = context.RequestServices.GetRequiredService<Microsoft.Extensions.Options.IOptions<RateLimitOptions>>().Value;
        return RateLimitPartition.GetFixedWindowLimiter(context.Connection.RemoteIpAddress?.ToString() ?? "unknown",
            _ => new FixedWindowRateLimiterOptions { PermitLimit = limit(options), Window = window ?? TimeSpan.FromMinutes(1), QueueLimit = 0 });
    }
}

public sealed class RateLimitOptions
{
    /// <summary>Sign-in attempts per client address.</summary>
    public int LoginPerMinute { get; set; } = 10;
    /// <summary>Sign-in attempts per user name, from any address (a spread-out guess at one account).</summary>
    public int LoginPerUserNamePerMinute { get; set; } = 10;
    public int PublicSearchPerMinute { get; set; } = 600;
    public int RegistrationsPerHour { get; set; } = 5;
}
