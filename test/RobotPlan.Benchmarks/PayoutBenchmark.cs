using System.Diagnostics;
using System.Globalization;
using System.Security.Claims;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using RobotPlan.Enterprises;
using RobotPlan.EntityFrameworkCore;
using RobotPlan.Identity;
using RobotPlan.Localization;
using RobotPlan.Payouts;
using RobotPlan.SeedWork;
using RobotPlan.SubsidyAwards;
using RobotPlan.SubsidyPrograms;
using RobotPlan.TreasurySandbox;

namespace RobotPlan.Benchmarks;

/// <summary>
/// P-3: N awards paid through the sandbox treasury over loopback HTTP with a fixed latency and a rate limit of R
/// requests/s; reports throughput against R, then checks every award was paid exactly once.
/// Usage: RobotPlan.Benchmarks payouts &lt;Sqlite|PostgreSql&gt; &lt;connection string&gt; [awards=10000] [R=100] [latencyMs=20] [parallelism=16]
/// </summary>
public static class PayoutBenchmark
{
    public static async Task<int> RunAsync(string[] args)
    {
        var provider = Enum.Parse<DatabaseProvider>(args[0], ignoreCase: true);
        var connectionString = args[1];
        int Arg(int i, int fallback) => args.Length > i ? int.Parse(args[i], CultureInfo.InvariantCulture) : fallback;
        var awardCount = Arg(2, 10_000);
        var rate = Arg(3, 100);
        var latency = Arg(4, 20);
        var parallelism = Arg(5, 16);

        await using var sandbox = await SandboxServer.StartAsync();
        sandbox.State.Faults = new SandboxFaults { LatencyMs = latency, RateLimitPerSecond = rate };

        var user = new BenchUser();
        var services = BenchServices.For(provider, connectionString, LogLevel.Error, user);
        // Demo seeding (enterprises, users) stores sample files.
        services.Configure<RobotPlan.Files.FileStorageOptions>(o => o.RootPath = Path.Combine(Path.GetTempPath(), "robotplan-bench-files"));
        services.AddTreasuryGateway(configure: o =>
        {
            o.BaseAddress = sandbox.BaseAddress.ToString();
            o.AttemptTimeout = TimeSpan.FromSeconds(10);
            o.TotalTimeout = TimeSpan.FromSeconds(60);
            o.MaxRetries = 10; // 429s are answered with Retry-After: 1 and retried by the client
            // Pace just under the treasury's limit (its one-second windows and our 100 ms token ticks never align exactly).
            o.MaxRequestsPerSecond = Math.Max(1, (int)(rate * 0.95));
        });
        services.Configure<PayoutOptions>(o =>
        {
            o.Parallelism = parallelism;
            o.MaxAwardsPerBatch = awardCount;
            o.Lease = TimeSpan.FromMinutes(5);
        });
        await using var root = services.BuildServiceProvider();

        Guid programId;
        await using (var scope = root.CreateAsyncScope())
        {
            var sp = scope.ServiceProvider;
            await sp.GetRequiredService<DatabaseMigrator>().MigrateAndSeedAsync(new DataSeedContext(IncludeDemoData: true, IncludeDemoActivity: false));
            var db = sp.GetRequiredService<RobotPlanDbContext>();
            if (await db.Awards.AnyAsync()) throw new InvalidOperationException("The benchmark needs an empty database.");
            var generated = await AwardGenerator.CreateAsync(sp, awardCount);
            programId = generated.ProgramId;
            Console.WriteLine($"{awardCount:N0} awards, {generated.Payees} payees, total {generated.Total:N2} 元");
        }

        Guid batchId;
        await using (var scope = root.CreateAsyncScope())
        {
            user.Id = Guid.NewGuid();
            var batches = scope.ServiceProvider.GetRequiredService<IPayoutBatchAppService>();
            var batch = await batches.AssembleAsync() ?? throw new InvalidOperationException("Nothing assembled.");
            await batches.SubmitAsync(batch.Id, new PayoutBatchActionDto());
            batchId = batch.Id;
        }
        await using (var scope = root.CreateAsyncScope())
        {
            user.Id = Guid.NewGuid(); // four-eyes: another officer approves
            var approve = Stopwatch.StartNew();
            await scope.ServiceProvider.GetRequiredService<IPayoutBatchAppService>().ApproveAsync(batchId, new PayoutBatchActionDto());
            Console.WriteLine($"approval wrote {awardCount:N0} payments in {approve.Elapsed.TotalSeconds:F1} s");
        }

        var clock = Stopwatch.StartNew();
        PayoutRunResult result;
        await using (var scope = root.CreateAsyncScope())
            result = await scope.ServiceProvider.GetRequiredService<PayoutExecutor>().ExecuteBatchAsync(batchId);
        var seconds = clock.Elapsed.TotalSeconds;
        var paid = result.Counts.GetValueOrDefault(PaymentStatus.Paid);
        var throughput = paid / seconds;
        Console.WriteLine($"paid {paid:N0} in {seconds:F1} s: {throughput:F1} payments/s; R = {rate}/s; {throughput / rate:P0} of R " +
            $"({(throughput >= 0.8 * rate ? "meets" : "MISSES")} ≥ 80%)");
        Console.WriteLine($"sandbox: {sandbox.State.PostCount:N0} POSTs, {sandbox.State.GetCount:N0} GETs, {sandbox.State.RateLimitedCount:N0} answered 429; " +
            $"latency {latency} ms, executor parallelism {parallelism}, provider {provider}");

        // Exactly once: one settled treasury record per award, ledger = treasury, budget consumed = paid.
        await using (var scope = root.CreateAsyncScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<RobotPlanDbContext>();
            var payments = await db.Payments.AsNoTracking().Where(p => p.BatchId == batchId).ToListAsync();
            var records = sandbox.State.All();
            var awardsPaid = await db.Awards.CountAsync(a => a.ProgramId == programId && a.Status == AwardStatus.Paid);
            var program = await db.SubsidyPrograms.AsNoTracking().SingleAsync(p => p.Id == programId);
            var byKey = records.ToDictionary(r => r.IdempotencyKey);
            var failures = new List<string>();
            if (payments.Count != awardCount) failures.Add($"{payments.Count} payments for {awardCount} awards");
            if (payments.Any(p => p.Status != PaymentStatus.Paid)) failures.Add($"{payments.Count(p => p.Status != PaymentStatus.Paid)} payments not paid");
            if (awardsPaid != awardCount) failures.Add($"{awardsPaid} awards paid");
            if (records.Count != awardCount || records.Select(r => r.Body.Reference).Distinct().Count() != awardCount)
                failures.Add($"{records.Count} treasury records");
            if (payments.Any(p => !byKey.TryGetValue(p.IdempotencyKey, out var r) || r.State != "Settled" || r.Body.Amount != p.Amount))
                failures.Add("ledger and treasury differ");
            if (program.Paid != payments.Sum(p => p.Amount) || program.Reserved != 0m) failures.Add($"budget paid {program.Paid}, reserved {program.Reserved}");
            Console.WriteLine(failures.Count == 0
                ? $"exactly once: {awardCount:N0} awards Paid, {records.Count:N0} treasury records, ledger = treasury, budget paid {program.Paid:N2} 元, reserved 0"
                : "FAILED: " + string.Join("; ", failures));
            return failures.Count == 0 ? 0 : 1;
        }
    }

    private sealed class BenchUser : ICurrentUser
    {
        public Guid? Id { get; set; }
        public bool IsAuthenticated => true;
        public string? UserName => "bench";
        public IReadOnlyList<string> Roles => [RobotPlanRoles.FinanceOfficer];
        public Guid? EnterpriseId => null;
        public Guid? JurisdictionId => null;
        public Guid? TestingBodyId => null;
        public bool HasPermission(string permission) => true;
        public bool IsInRole(string role) => role == RobotPlanRoles.FinanceOfficer;
    }
}
