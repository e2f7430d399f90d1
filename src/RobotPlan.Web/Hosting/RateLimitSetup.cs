using System.Threading.RateLimiting;

namespace RobotPlan.Web.Hosting;

/// <summary>S-C: login and public search are rate limited per client address.</summary>
public static class RateLimitSetup
{
    public const string Login = "login";
    public const string PublicSearch = "public-search";

    public static IServiceCollection AddRobotPlanRateLimits(this IServiceCollection services)
    {
        services.AddOptions<RateLimitOptions>().BindConfiguration("RateLimits");
        services.AddRateLimiter(o =>
        {
            o.RejectionStatusCode = StatusCodes.Status429TooManyRequests;
            // Issue #16: the client (and the error page's text) learns how long to wait.
            o.OnRejected = (context, _) =>
            {
                if (context.Lease.TryGetMetadata(MetadataName.RetryAfter, out var retryAfter))
                    context.HttpContext.Response.Headers.RetryAfter = ((int)Math.Ceiling(retryAfter.TotalSeconds)).ToString(System.Globalization.CultureInfo.InvariantCulture);
                return ValueTask.CompletedTask;
            };
            o.AddPolicy(Login, context => Partition(context, l => l.LoginPerMinute));
            o.AddPolicy(PublicSearch, context => Partition(context, l => l.PublicSearchPerMinute));
        });
        return services;
    }

    private static RateLimitPartition<string> Partition(HttpContext context, Func<RateLimitOptions, int> limit)
    {
        var options = context.RequestServices.GetRequiredService<Microsoft.Extensions.Options.IOptions<RateLimitOptions>>().Value;
        return RateLimitPartition.GetFixedWindowLimiter(context.Connection.RemoteIpAddress?.ToString() ?? "unknown",
            _ => new FixedWindowRateLimiterOptions { PermitLimit = limit(options), Window = TimeSpan.FromMinutes(1), QueueLimit = 0 });
    }
}

public sealed class RateLimitOptions
{
    public int LoginPerMinute { get; set; } = 10;
    public int PublicSearchPerMinute { get; set; } = 600;
}
