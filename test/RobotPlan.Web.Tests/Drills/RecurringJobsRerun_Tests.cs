using Hangfire;
using Hangfire.Storage;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;
using RobotPlan.EntityFrameworkCore;
using RobotPlan.Web.Tests.Infrastructure;
using Xunit.Abstractions;

namespace RobotPlan.Web.Tests.Drills;

/// <summary>
/// The Web host with a clock the test moves (so the nightly jobs find files whose dates have come) and a sandbox
/// treasury on a loopback port for the payout and reconciliation jobs.
/// </summary>
public sealed class ClockedWebFactory : RobotPlanWebFactory
{
    /// <summary>The demo data is seeded on this host's fake clock, not copied from a template seeded on the real one.</summary>
    protected override bool StartsFromSeededTemplate => false;

    public FakeTimeProvider Clock { get; } = new(DateTimeOffset.UtcNow);
    private RobotPlan.TreasurySandbox.SandboxServer? _sandbox;

    public RobotPlan.TreasurySandbox.SandboxServer Sandbox => _sandbox!;

    public override async Task InitializeAsync()
    {
        _sandbox = await RobotPlan.TreasurySandbox.SandboxServer.StartAsync(Clock);
        await base.InitializeAsync();
    }

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.UseSetting("Treasury:BaseAddress", _sandbox!.BaseAddress.ToString());
        builder.ConfigureServices(services => services.AddSingleton<TimeProvider>(Clock));
    }

    public override async Task DisposeAsync()
    {
        await base.DisposeAsync();
        if (_sandbox is not null) await _sandbox.DisposeAsync();
    }
}

/// <summary>
/// Quality R-D: every recurring job the host registers with Hangfire (read back from Hangfire's storage, so a job added
/// to HangfireSetup later is included without editing this test) is run, then run again at once: the second run
/// changes no row of any table. Done on the seeded demo data at several dates, so the jobs have work on the first run.
/// </summary>
public sealed class RecurringJobsRerun_Tests(ClockedWebFactory factory, ITestOutputHelper output) : IClassFixture<ClockedWebFactory>
{
    // Today, after tonight's runs, after a notice period and listing/test-report expiries, after a catalog's whole life.
    private static readonly TimeSpan[] Steps = [TimeSpan.Zero, TimeSpan.FromDays(1), TimeSpan.FromDays(40), TimeSpan.FromDays(400), TimeSpan.FromDays(800)];

    [Fact]
    public async Task Should_Change_Nothing_When_Any_Registered_Recurring_Job_Runs_A_Second_Time()
    {
        List<RecurringJobDto> registered;
        using (var connection = factory.Services.GetRequiredService<JobStorage>().GetConnection())
            registered = connection.GetRecurringJobs();
        var declared = typeof(RobotPlan.BackgroundJobs.RobotPlanJobIds).GetFields()
            .Where(f => f.IsLiteral).Select(f => (string)f.GetRawConstantValue()!).ToList();
        registered.Select(j => j.Id).ShouldBe(declared, ignoreOrder: true, "every job id constant is registered, and only those");

        var failures = new List<string>();
        var firstRunChanges = registered.ToDictionary(j => j.Id, _ => 0);
        var runs = 0;
        foreach (var step in Steps)
        {
            factory.Clock.Advance(step);
            foreach (var job in registered)
            {
                await RunAsync(job.Job);
                var afterFirst = await SnapshotAsync();
                factory.Clock.Advance(TimeSpan.FromSeconds(1));
                await RunAsync(job.Job);
                var afterSecond = await SnapshotAsync();
                runs += 2;
                foreach (var difference in afterSecond.DifferencesFrom(afterFirst))
                    failures.Add($"{job.Id} at +{step.TotalDays} d: {difference}");
                firstRunChanges[job.Id] += afterFirst.ChangedRowsSince(await _previous!);
                _previous = Task.FromResult(afterSecond);
            }
        }

        foreach (var (id, changed) in firstRunChanges)
            output.WriteLine($"{id}: first runs changed {changed} rows");
        Drill.Report("R-D", $"{registered.Count} recurring jobs × {Steps.Length} dates run twice each ({runs} runs); "
            + $"rows changed by first runs: {string.Join(", ", firstRunChanges.Select(c => $"{c.Key}={c.Value}"))}; "
            + $"second runs that changed something: {failures.Count}");
        failures.ShouldBeEmpty();
        firstRunChanges.Values.Sum().ShouldBeGreaterThan(0, "the jobs had work to do at some date, so re-running them proves something");
    }

    private Task<DatabaseSnapshot>? _previous;

    private async Task<DatabaseSnapshot> SnapshotAsync()
    {
        await using var scope = factory.Services.CreateAsyncScope();
        var snapshot = await DatabaseSnapshot.TakeAsync(scope.ServiceProvider.GetRequiredService<RobotPlanDbContext>());
        _previous ??= Task.FromResult(snapshot);
        return snapshot;
    }

    /// <summary>As Hangfire would: a fresh scope, the job type activated from it, its method called.</summary>
    private async Task RunAsync(Hangfire.Common.Job job)
    {
        if (_previous is null) await SnapshotAsync();
        await using var scope = factory.Services.CreateAsyncScope();
        var instance = ActivatorUtilities.GetServiceOrCreateInstance(scope.ServiceProvider, job.Type);
        var args = job.Method.GetParameters()
            .Select((p, i) => p.ParameterType == typeof(CancellationToken) ? CancellationToken.None : job.Args[i]).ToArray();
        var result = job.Method.Invoke(instance, args);
        if (result is Task task) await task;
    }
}
