using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Http.Resilience;
using Microsoft.Extensions.Options;
using Polly;
using System.Threading.RateLimiting;
using RobotPlan.SeedWork;
using RobotPlan.SubsidyAwards;

namespace RobotPlan.Payouts;

public static class PayoutServiceCollectionExtensions
{
    /// <summary>Payout options and the executor's parts (jobs and app services come by convention); called from AddRobotPlanApplication. The gateway client is added by <see cref="AddTreasuryGateway"/>.</summary>
    public static IServiceCollection AddRobotPlanPayouts(this IServiceCollection services)
    {
        services.AddOptions<PayoutOptions>();
        services.AddOptions<TreasuryGatewayOptions>();
        services.TryAddSingleton<IPayoutJobScheduler, NoPayoutJobScheduler>();
        services.AddScoped<PayoutExecutor>();
        services.AddScoped<PaymentProcessor>();
        services.AddScoped<PayoutBatchProgress>();
        services.AddScoped<PayoutBatchAssembler>();
        return services;
    }

    /// <summary>
    /// The typed client with a Microsoft.Extensions.Http.Resilience pipeline shaped like the standard handler
    /// (total timeout, retry with exponential back-off and jitter honouring Retry-After, per-attempt timeout) but
    /// without its circuit breaker: the executor's own back-off governs. It retries POST too (5xx, 408, 429,
    /// timeouts, connection errors), which is safe only because every retry carries the same Idempotency-Key and body.
    /// </summary>
    public static IServiceCollection AddTreasuryGateway(this IServiceCollection services, IConfiguration? configuration = null,
        Action<TreasuryGatewayOptions>? configure = null)
    {
        var options = services.AddOptions<TreasuryGatewayOptions>();
        if (configuration is not null) options.Bind(configuration.GetSection(TreasuryGatewayOptions.SectionName));
        if (configure is not null) options.Configure(configure);
        services.AddHttpClient<ITreasuryGateway, HttpTreasuryGateway>((sp, client) =>
            {
                client.BaseAddress = new Uri(sp.GetRequiredService<IOptions<TreasuryGatewayOptions>>().Value.BaseAddress);
                client.Timeout = Timeout.InfiniteTimeSpan; // the resilience pipeline owns the timeouts
            })
            .AddResilienceHandler("treasury", (builder, context) =>
            {
                var t = context.ServiceProvider.GetRequiredService<IOptions<TreasuryGatewayOptions>>().Value;
                // Network timeouts run on the wall clock, never on the business clock (which tests fake).
                builder.TimeProvider = TimeProvider.System;
                builder.AddTimeout(t.TotalTimeout);
                if (t.MaxRetries > 0)
                    builder.AddRetry(new HttpRetryStrategyOptions
                    {
                        MaxRetryAttempts = t.MaxRetries,
                        Delay = t.RetryDelay,
                        BackoffType = Polly.DelayBackoffType.Exponential,
                        UseJitter = true,
                        ShouldRetryAfterHeader = true, // 429's Retry-After
                    });
                if (t.MaxRequestsPerSecond > 0)
                {
                    // Tokens every 100 ms: smooth enough for a one-second window at the treasury; callers queue, never fail.
                    var perTick = Math.Max(1, t.MaxRequestsPerSecond / 10);
                    builder.AddRateLimiter(new TokenBucketRateLimiter(new TokenBucketRateLimiterOptions
                    {
                        TokenLimit = perTick,
                        TokensPerPeriod = perTick,
                        ReplenishmentPeriod = TimeSpan.FromMilliseconds(100.0 * perTick * 10 / t.MaxRequestsPerSecond),
                        QueueLimit = 100_000,
                        QueueProcessingOrder = QueueProcessingOrder.OldestFirst,
                        AutoReplenishment = true,
                    }));
                }
                builder.AddTimeout(t.AttemptTimeout);
            });
        return services;
    }
}
