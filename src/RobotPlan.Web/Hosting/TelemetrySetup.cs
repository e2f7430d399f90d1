using OpenTelemetry.Metrics;
using OpenTelemetry.Resources;
using OpenTelemetry.Trace;
using RobotPlan.Identity;
using RobotPlan.Permissions;

namespace RobotPlan.Web.Hosting;

/// <summary>
/// Monitoring (issue #8, etc/docs/operations.md): OpenTelemetry metrics — ASP.NET Core and Kestrel (request rate,
/// duration, errors, connections), .NET runtime (GC, heap, thread pool), EF Core and Npgsql — served for Prometheus at
/// <c>Telemetry:PrometheusPath</c> (default <c>/metrics</c>; empty turns it off); with <c>Telemetry:OtlpEndpoint</c> set,
/// metrics and request/database traces also go to an OTLP collector. The service instance is the node's name, so
/// two nodes behind nginx are told apart.
/// </summary>
public static class TelemetrySetup
{
    public const string DefaultPrometheusPath = "/metrics";

    public static IServiceCollection AddRobotPlanTelemetry(this IServiceCollection services, IConfiguration configuration)
    {
        var otlp = configuration["Telemetry:OtlpEndpoint"];
        var telemetry = services.AddOpenTelemetry()
            .ConfigureResource(r => r.AddService("RobotPlan", serviceInstanceId: $"{Environment.MachineName}:{Environment.ProcessId}"))
            .WithMetrics(m =>
            {
                m.AddAspNetCoreInstrumentation()
                    .AddRuntimeInstrumentation()
                    // Meters the libraries publish themselves.
                    .AddMeter("Microsoft.EntityFrameworkCore", "Npgsql", "System.Net.Http")
                    // Refused requests are counted here instead of logged (issue #14).
                    .AddMeter("Microsoft.AspNetCore.RateLimiting")
                    .AddPrometheusExporter();
                if (!string.IsNullOrWhiteSpace(otlp)) m.AddOtlpExporter(o => o.Endpoint = new Uri(otlp));
            });
        if (!string.IsNullOrWhiteSpace(otlp))
            telemetry.WithTracing(t => t
                .AddAspNetCoreInstrumentation(o => o.Filter = context => !IsProbe(context.Request.Path))
                .AddSource("Npgsql")
                .AddOtlpExporter(o => o.Endpoint = new Uri(otlp)));
        return services;
    }

    public static WebApplication MapRobotPlanMetrics(this WebApplication app)
    {
        var path = app.Configuration["Telemetry:PrometheusPath"] ?? DefaultPrometheusPath;
        if (string.IsNullOrWhiteSpace(path)) return app;
        // The metrics name routes, counts and the runtime's state: a scraper from Telemetry:MetricsAllowedNetworks, or a
        // user with the permission (a bearer token), never an anonymous caller from anywhere (issue #14).
        var allowed = ParseNetworks(app.Configuration["Telemetry:MetricsAllowedNetworks"]);
        app.MapPrometheusScrapingEndpoint(path).DisableRateLimiting().RequireAuthorization(policy => policy.RequireAssertion(context =>
            context.User.HasClaim(RobotPlanClaimTypes.Permission, RobotPlanPermissions.Operations.Metrics)
            || (context.Resource is HttpContext http && http.Connection.RemoteIpAddress is { } ip && allowed.Any(n => n.Contains(ip)))));
        return app;
    }

    /// <summary>Comma-separated CIDRs ("10.0.0.0/8, 127.0.0.1/32"); IPv4 callers seen as IPv4-mapped IPv6 match their IPv4 network.</summary>
    public static IReadOnlyList<System.Net.IPNetwork> ParseNetworks(string? networks) =>
        (networks ?? "").Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries)
            .SelectMany(n => System.Net.IPNetwork.Parse(n) is var network && network.BaseAddress.AddressFamily == System.Net.Sockets.AddressFamily.InterNetwork
                ? new[] { network, new System.Net.IPNetwork(network.BaseAddress.MapToIPv6(), network.PrefixLength + 96) }
                : [network])
            .ToList();

    private static bool IsProbe(PathString path) =>
        path.StartsWithSegments("/health") || path.StartsWithSegments(DefaultPrometheusPath);
}
