using System.Net;
using RobotPlan.Web.Tests.Infrastructure;

namespace RobotPlan.Web.Tests.Hosting;

/// <summary>Monitoring (etc/docs/operations.md): /metrics answers in Prometheus' text format with the request metrics.</summary>
public sealed class Metrics_Tests(RobotPlanWebFactory factory) : IClassFixture<RobotPlanWebFactory>
{
    [Fact]
    public async Task Should_Expose_Request_Duration_And_Runtime_Metrics_For_Prometheus()
    {
        var client = await factory.ClientForAsync(null);
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
}
