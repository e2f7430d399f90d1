using System.Net;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using RobotPlan.Web.Tests.Infrastructure;

namespace RobotPlan.Web.Tests.Hosting;

/// <summary>Monitoring (etc/docs/operations.md): /metrics answers in Prometheus' text format with the request metrics.</summary>
public sealed class Metrics_Tests(RobotPlanWebFactory factory) : IClassFixture<RobotPlanWebFactory>
{
    [Fact]
    public async Task Should_Expose_Request_Duration_And_Runtime_Metrics_For_Prometheus()
    {
        var client = await factory.ClientForAsync(RobotPlanTestData.Administrator);
        (await client.GetAsync("/api/public/listings?keyword=焊")).StatusCode.ShouldBe(HttpStatusCode.OK);

        // The exporter collects on scrape; a request just finished may land in the next collection.
        string text = "";
        for (var attempt = 0; attempt < 20 && !text.Contains("http_server_request_duration_seconds_bucket"); attempt++)
        {
            if (attempt > 0) await Task.Delay(100);
            using var response = await client.GetAsync("/metrics");
            response.StatusCode.ShouldBe(HttpStatusCode.OK);
            response.Content.Headers.ContentType!.MediaType.ShouldBe("text/plain");
            text = await response.Content.ReadAsStringAsync();
        }

        text.ShouldContain("http_server_request_duration_seconds_bucket");
        text.ShouldContain("http_route=\"api/public/listings\"");
        text.ShouldContain("dotnet_gc_collections");
    }

    [Fact]
    public async Task Should_Refuse_Anonymous_Callers_And_Users_Without_The_Permission_When_Not_From_An_Allowed_Network()
    {
        // Issue #14: today /metrics answered anyone.
        (await (await factory.ClientForAsync(null)).GetAsync("/metrics")).StatusCode.ShouldBe(HttpStatusCode.Unauthorized);
        (await (await factory.ClientForAsync(RobotPlanTestData.EnterpriseAUser)).GetAsync("/metrics")).StatusCode.ShouldBe(HttpStatusCode.Forbidden);
    }
}

/// <summary>The host with Telemetry:MetricsAllowedNetworks = 10.1.0.0/16 and every request arriving from <see cref="CallerAddress"/>.</summary>
public sealed class MetricsNetworkWebFactory : RobotPlanWebFactory
{
    public static IPAddress CallerAddress { get; set; } = IPAddress.Parse("10.1.2.3");

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.UseSetting("Telemetry:MetricsAllowedNetworks", "10.1.0.0/16");
        builder.ConfigureServices(s => s.AddSingleton<IStartupFilter>(new CallerAddressStartupFilter()));
    }

    private sealed class CallerAddressStartupFilter : IStartupFilter
    {
        public Action<IApplicationBuilder> Configure(Action<IApplicationBuilder> next) => app =>
        {
            app.Use((HttpContext context, RequestDelegate nextStep) =>
            {
                context.Connection.RemoteIpAddress = context.Request.Headers.TryGetValue("X-Test-Caller", out var caller)
                    ? IPAddress.Parse(caller.ToString()) : CallerAddress;
                return nextStep(context);
            });
            next(app);
        };
    }
}

public sealed class MetricsNetwork_Tests(MetricsNetworkWebFactory factory) : IClassFixture<MetricsNetworkWebFactory>
{
    [Fact]
    public async Task Should_Serve_An_Anonymous_Scraper_Only_From_An_Allowed_Network()
    {
        var client = await factory.ClientForAsync(null);
        (await client.GetAsync("/metrics")).StatusCode.ShouldBe(HttpStatusCode.OK);

        using var outside = new HttpRequestMessage(HttpMethod.Get, "/metrics") { Headers = { { "X-Test-Caller", "203.0.113.7" } } };
        (await client.SendAsync(outside)).StatusCode.ShouldBe(HttpStatusCode.Unauthorized);
    }
}
