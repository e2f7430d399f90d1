using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace RobotPlan.Web.Hosting;

public static class HealthSetup
{
    public const string ReadyTag = "ready";

    public static IServiceCollection AddRobotPlanHealthChecks(this IServiceCollection services)
    {
        services.AddHealthChecks()
            .AddDbContextCheck<RobotPlanDbContext>("database", tags: [ReadyTag])
            .AddCheck<HangfireStorageHealthCheck>("hangfire-storage", tags: [ReadyTag]);
        return services;
    }
}

/// <summary>Ready only when the job storage answers (a node that cannot fetch jobs must not take traffic).</summary>
internal sealed class HangfireStorageHealthCheck(JobStorage storage) : IHealthCheck
{
    public Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken ct = default)
    {
        try
        {
            using var connection = storage.GetConnection();
            connection.GetAllItemsFromSet("recurring-jobs");
            return Task.FromResult(HealthCheckResult.Healthy());
        }
        catch (Exception ex)
        {
            return Task.FromResult(HealthCheckResult.Unhealthy("Hangfire storage unavailable", ex));
        }
    }
}
