using System.Collections.Concurrent;
using System.Net;
using System.Net.Http.Json;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.DependencyInjection;
using RobotPlan.Web.Tests.Infrastructure;
using Serilog.Core;
using Serilog.Events;
using Shouldly;

namespace RobotPlan.Web.Tests.Hosting;

/// <summary>
/// Issue 14's log findings: user input never forges a log line, and a 429 flood is counted on /metrics, not logged one by one.
/// </summary>
public sealed class RequestLogging_Tests(RequestLogging_Tests.LoggedFactory factory) : IClassFixture<RequestLogging_Tests.LoggedFactory>
{
    public sealed class LoggedFactory : RobotPlanWebFactory
    {
        public CapturingSink Log { get; } = new();
        protected override int LoginPerMinute => 2;

        protected override void ConfigureWebHost(IWebHostBuilder builder)
        {
            base.ConfigureWebHost(builder);
            builder.ConfigureServices(services => services.AddSingleton<ILogEventSink>(Log));
        }
    }

    public sealed class CapturingSink : ILogEventSink
    {
        public ConcurrentQueue<LogEvent> Events { get; } = new();
        public void Emit(LogEvent logEvent) => Events.Enqueue(logEvent);
    }

    [Fact]
    public async Task Should_Write_The_Path_Encoded_When_It_Carries_A_Line_Break()
    {
        var client = await factory.ClientForAsync(null);
        (await client.GetAsync("/saved-searches/x%0A[12:00:00 INF] forged-admin-login")).StatusCode.ShouldNotBe(HttpStatusCode.InternalServerError);

        var line = await RequestLineAsync(e => Path(e).Contains("forged-admin-login"));
        line.RenderMessage().ShouldNotContain("\n");
        Path(line).ShouldContain("%0A");
    }

    [Fact]
    public async Task Should_Not_Log_Rejected_Requests_One_By_One_When_The_Rate_Limit_Answers_429()
    {
        var client = await factory.ClientForAsync(null);
        var statuses = new List<HttpStatusCode>();
        for (var i = 0; i < 6; i++)
            statuses.Add((await client.PostAsJsonAsync("/api/account/token", new { userName = "flood", password = "wrong#password1" })).StatusCode);
        statuses.Count(s => s == HttpStatusCode.TooManyRequests).ShouldBe(4);

        await RequestLineAsync(e => Path(e) == "/api/account/token" && Status(e) == 401);
        factory.Log.Events.Where(e => Path(e) == "/api/account/token").ShouldAllBe(e => Status(e) != 429);
        factory.Log.Events.ShouldNotContain(e => e.Level == LogEventLevel.Debug);
    }

    [Fact]
    public void Should_Log_Client_Errors_As_Information_And_Server_Errors_As_Errors()
    {
        Level(404).ShouldBe(LogEventLevel.Information);
        Level(422).ShouldBe(LogEventLevel.Information);
        Level(429).ShouldBe(LogEventLevel.Debug);
        Level(500).ShouldBe(LogEventLevel.Error);
    }

    private static LogEventLevel Level(int status) =>
        RobotPlan.Web.Hosting.RequestLogging.Level(new Microsoft.AspNetCore.Http.DefaultHttpContext { Response = { StatusCode = status } }, 1, null);

    // The request line is written when the response has completed, which can be just after the client has read it.
    private async Task<LogEvent> RequestLineAsync(Func<LogEvent, bool> match)
    {
        for (var i = 0; i < 50; i++)
        {
            if (factory.Log.Events.FirstOrDefault(match) is { } found) return found;
            await Task.Delay(100);
        }
        throw new ShouldAssertException("no request line was logged");
    }

    private static string Path(LogEvent e) =>
        e.Properties.TryGetValue("RequestPath", out var v) && v is ScalarValue { Value: string s } ? s : "";

    private static int Status(LogEvent e) =>
        e.Properties.TryGetValue("StatusCode", out var v) && v is ScalarValue { Value: int s } ? s : 0;
}
