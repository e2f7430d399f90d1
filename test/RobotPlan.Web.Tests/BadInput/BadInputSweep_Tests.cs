using System.Collections.Concurrent;
using System.Diagnostics;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Controllers;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using RobotPlan.EntityFrameworkCore;
using RobotPlan.Web.Tests.Authorization;
using RobotPlan.Web.Tests.Drills;
using RobotPlan.Web.Tests.Infrastructure;
using Xunit.Abstractions;

namespace RobotPlan.Web.Tests.BadInput;

/// <summary>The Web host with the public search's rate limit lifted: the sweep sends thousands of requests in a minute.</summary>
public sealed class SweepWebFactory : RobotPlanWebFactory
{
    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.UseSetting("RateLimits:PublicSearchPerMinute", "10000000");
    }
}

/// <summary>
/// S-D as a sweep: EVERY api endpoint the host maps (read from its endpoint data source, so a new endpoint is swept
/// without editing this test) gets malformed JSON, wrong types for each body property, 1 MB strings, unknown enum
/// values, impossible and out-of-range dates, search operators and quotes in its query, and route values that are no
/// ids — anonymously and as the users the authorization matrix lets in (the administrator and enterprise A where they
/// may, else the first actor that may). The matrix's valid request is the base each variant spoils in one place.
/// Proven: no 500; no input that can never be valid is accepted (2xx); every 400 is a ProblemDetails naming a field;
/// and no table gains or loses a row.
/// ROBOTPLAN_DRILL_SCALE &gt; 1 (etc/scripts/drill-bad-input.sh --large) sends the variants as every matrix actor.
/// </summary>
public sealed class BadInputSweep_Tests(SweepWebFactory factory, ITestOutputHelper output) : IClassFixture<SweepWebFactory>
{
    // The request log: one row per write request whatever its answer (checked apart: no new row with a 2xx status).
    private static readonly HashSet<string> MayGrow = ["AuditLogs"];

    [Fact]
    public async Task Should_Never_Answer_500_Accept_Impossible_Input_Or_Change_A_Row()
    {
        var clock = Stopwatch.StartNew();
        var context = new MatrixContext(factory);
        var cases = typeof(BadInputSweep_Tests).Assembly.GetTypes()
            .Where(t => typeof(IEndpointExpectations).IsAssignableFrom(t) && t is { IsInterface: false, IsAbstract: false })
            .SelectMany(t => ((IEndpointExpectations)Activator.CreateInstance(t)!).Cases)
            .GroupBy(c => Key(c.Method, c.RouteTemplate)).ToDictionary(g => g.Key, g => g.First());
        var endpoints = factory.Services.GetRequiredService<EndpointDataSource>().Endpoints.OfType<RouteEndpoint>()
            .Where(e => e.RoutePattern.RawText?.TrimStart('/').StartsWith("api/", StringComparison.Ordinal) == true)
            .SelectMany(e => (e.Metadata.GetMetadata<HttpMethodMetadata>()?.HttpMethods ?? ["GET"])
                .Select(m => (Method: m, Template: e.RoutePattern.RawText!.TrimStart('/'), Action: e.Metadata.GetMetadata<ControllerActionDescriptor>())))
            .OrderBy(e => e.Template, StringComparer.Ordinal).ThenBy(e => e.Method, StringComparer.Ordinal)
            .ToList();

        // Build every request first: the matrix's URL and body builders may create what they need (a fresh product ...).
        var requests = new List<(Actor Actor, SweepRequest Request)>();
        var noAction = new List<string>();
        foreach (var (method, template, action) in endpoints)
        {
            if (action is null) { noAction.Add($"{method} /{template}"); continue; }
            cases.TryGetValue(Key(method, template), out var @case);
            var url = @case is null ? "/" + template.Replace("{", "").Replace("}", "") : await @case.Url(context);
            foreach (var actor in ActorsFor(@case))
            {
                var allowed = @case is not null && @case.Expected[actor] is >= 200 and < 300;
                var valid = await ValidAsync(@case, context, actor, url);
                requests.AddRange(SweepVariants.For(method, template, action, valid, withHuge: allowed || Drill.Scale > 1)
                    .Select(r => (actor, r)));
            }
        }

        // Signing in (a token request) is a logged write: done before the "before" snapshot.
        var clients = new Dictionary<Actor, HttpClient>();
        foreach (var actor in requests.Select(r => r.Actor).Distinct()) clients[actor] = await context.ClientAsync(actor);
        var before = await SnapshotAsync();
        var writesAcceptedBefore = await AcceptedWritesLoggedAsync();
        var statuses = new ConcurrentDictionary<int, int>();
        var errors = new ConcurrentBag<string>();
        var accepted = new ConcurrentBag<string>();
        var unnamed = new ConcurrentBag<string>();
        await Parallel.ForEachAsync(requests, new ParallelOptions { MaxDegreeOfParallelism = 4 }, async (item, ct) =>
        {
            var (actor, bad) = item;
            using var request = new HttpRequestMessage(new HttpMethod(bad.Method), bad.Url) { Content = bad.Content() };
            using var response = await clients[actor].SendAsync(request, ct);
            var status = (int)response.StatusCode;
            statuses.AddOrUpdate(status, 1, (_, n) => n + 1);
            if (status >= 500)
                errors.Add($"{status} {actor} {bad}: {Cut(await response.Content.ReadAsStringAsync(ct))}");
            else if (bad.MustReject && status is >= 200 and < 300)
                accepted.Add($"{status} {actor} {bad}");
            else if (status == 400 && !NamesAField(await response.Content.ReadAsStringAsync(ct)))
                unnamed.Add($"{actor} {bad}");
        });
        var after = await SnapshotAsync();
        var changed = after.DifferencesFrom(before, MayGrow).ToList();
        var writesAccepted = await AcceptedWritesLoggedAsync() - writesAcceptedBefore;
        if (writesAccepted != 0) changed.Add($"AuditLogs: {writesAccepted} write requests answered 2xx");

        var summary = $"{endpoints.Count} endpoints, {requests.Count} requests as {clients.Count} actors in {clock.Elapsed.TotalSeconds:F0} s; "
            + $"by status: {string.Join(", ", statuses.OrderBy(s => s.Key).Select(s => $"{s.Key}×{s.Value}"))}; "
            + $"500s: {errors.Count}; impossible input accepted: {accepted.Count}; 400s not naming a field: {unnamed.Count}; "
            + $"tables checked: {before.Rows.Count} (allowed to grow: {(MayGrow.Count == 0 ? "none" : string.Join(", ", MayGrow))}), changed: {changed.Count}";
        output.WriteLine(summary);
        foreach (var line in errors.Concat(accepted).Concat(changed).Order().Take(200)) output.WriteLine(line);
        Drill.Report("S-D", summary);
        foreach (var line in errors.Order().Take(50)) Drill.Report("S-D", "  500: " + line);
        foreach (var line in accepted.Order().Take(50)) Drill.Report("S-D", "  accepted: " + line);
        foreach (var line in changed) Drill.Report("S-D", "  changed: " + line);
        foreach (var line in unnamed.Order().Take(50)) Drill.Report("S-D", "  400 without a field: " + line);

        noAction.ShouldBeEmpty("every api endpoint is a controller action whose parameters the sweep can read");
        errors.OrderBy(e => e).ShouldBeEmpty("no bad input may cause a 500");
        accepted.OrderBy(e => e).ShouldBeEmpty("input that can never be valid must be refused");
        changed.ShouldBeEmpty("bad input changes nothing");
        unnamed.OrderBy(e => e).ShouldBeEmpty("every 400 is a ProblemDetails naming the field");
        requests.Count.ShouldBeGreaterThan(endpoints.Count, "every endpoint got bad requests");
    }

    /// <summary>Anonymous always; the administrator and enterprise A where the matrix lets them in, else the first who may.</summary>
    private static IEnumerable<Actor> ActorsFor(EndpointCase? @case)
    {
        if (Drill.Scale > 1 || @case is null) return Actors.All;
        bool Allowed(Actor a) => @case.Expected[a] is >= 200 and < 300;
        var chosen = new List<Actor> { Actor.Anonymous };
        chosen.AddRange(new[] { Actor.Admin, Actor.EnterpriseA }.Where(Allowed));
        if (chosen.Count == 1 && !Allowed(Actor.Anonymous) && Actors.All.FirstOrDefault(Allowed) is var first && Allowed(first)) chosen.Add(first);
        return chosen;
    }

    private static async Task<ValidRequest> ValidAsync(EndpointCase? @case, MatrixContext context, Actor actor, string url)
    {
        var content = @case?.Body is null ? null : await @case.Body(context, actor);
        if (content is MultipartFormDataContent form)
        {
            var parts = new List<(string, string?, byte[]?, string?)>();
            foreach (var part in form)
            {
                var name = part.Headers.ContentDisposition?.Name?.Trim('"') ?? "";
                var fileName = part.Headers.ContentDisposition?.FileName?.Trim('"');
                if (fileName is not null) parts.Add((name, null, await part.ReadAsByteArrayAsync(), fileName));
                else parts.Add((name, await part.ReadAsStringAsync(), null, null));
            }
            return new ValidRequest(url, null, parts);
        }
        return new ValidRequest(url, content is null ? null : await content.ReadAsStringAsync(), null);
    }

    private async Task<DatabaseSnapshot> SnapshotAsync()
    {
        await using var scope = factory.Services.CreateAsyncScope();
        return await DatabaseSnapshot.TakeAsync(scope.ServiceProvider.GetRequiredService<RobotPlanDbContext>(), countsOnly: true);
    }

    /// <summary>A ProblemDetails whose "errors" names at least one field.</summary>
    private static bool NamesAField(string body)
    {
        try
        {
            using var json = System.Text.Json.JsonDocument.Parse(body);
            return json.RootElement.TryGetProperty("errors", out var errors)
                && errors.ValueKind == System.Text.Json.JsonValueKind.Object && errors.EnumerateObject().Any();
        }
        catch (System.Text.Json.JsonException) { return false; }
    }

    private Task<int> AcceptedWritesLoggedAsync() => factory.WithDbAsync(db =>
        Microsoft.EntityFrameworkCore.EntityFrameworkQueryableExtensions.CountAsync(db.AuditLogs, a => a.StatusCode >= 200 && a.StatusCode < 300));

    private static string Key(string method, string template) => $"{method.ToUpperInvariant()} /{template.TrimStart('/')}";

    private static string Cut(string s) => s.Length > 300 ? s[..300] + "…" : s;
}
