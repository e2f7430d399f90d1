using System.Diagnostics;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Logging;
using RobotPlan;
using RobotPlan.Benchmarks;
using RobotPlan.CatalogListings;
using RobotPlan.EntityFrameworkCore;
using RobotPlan.EntityFrameworkCore.ListingSearch;
using RobotPlan.Identity;
using RobotPlan.ListingSearch;
using RobotPlan.Localization;
using RobotPlan.SeedWork;

// P-3 payouts: RobotPlan.Benchmarks payouts <Sqlite|PostgreSql> <connection string> [awards] [R] [latencyMs] [parallelism]
if (args.Length > 0 && args[0] == "payouts")
{
    Environment.Exit(await PayoutBenchmark.RunAsync(args[1..]));
}
// Issue 17: RobotPlan.Benchmarks documents <Sqlite|PostgreSql> <connection string> <listings, 0 = the demo data>
if (args.Length > 0 && args[0] == "documents")
{
    Environment.Exit(await DocumentBenchmark.RunAsync(args[1..]));
}
// etc/scripts/multinode.sh: RobotPlan.Benchmarks awards <Sqlite|PostgreSql> <connection string> <count>
if (args.Length > 0 && args[0] == "awards")
{
    Environment.Exit(await AwardGenerator.RunAsync(args[1..]));
}

// The machine's speed now (CpuReference): RobotPlan.Benchmarks cpu-reference
if (args.Length > 0 && args[0] == "cpu-reference")
{
    Console.WriteLine(CpuReference.Describe());
    return;
}

// P-7 / ADR 0011: RobotPlan.Benchmarks password-hash [verifications]
if (args.Length > 0 && args[0] == "password-hash")
{
    Environment.Exit(await PasswordHashBenchmark.RunAsync(args[1..]));
}

// P-7 deadline rush (etc/scripts/bench-rush.sh): the population, the window job at the close, the integrity check.
if (args.Length > 0 && args[0] is "rush-populate" or "rush-deadline" or "rush-close" or "rush-check")
{
    Environment.Exit(args[0] switch
    {
        "rush-populate" => await RushPopulation.RunAsync(args[1..]),
        "rush-deadline" => await RushCheck.DeadlineAsync(args[1..]),
        "rush-close" => await RushCheck.CloseAsync(args[1..]),
        _ => await RushCheck.CheckAsync(args[1..]),
    });
}

// Usage: RobotPlan.Benchmarks <Sqlite|PostgreSql> <connection string> <listings> [queries per keyword group] [--runs N] [--export] [--fill-only]
//        RobotPlan.Benchmarks baseline <Sqlite|PostgreSql> <connection string> <url>   (P-1's bare baseline host, BaselineHost)
// The database must be empty or hold exactly this benchmark's data; it is migrated, seeded with reference data and filled once.
if (args[0] == "baseline")
{
    await BaselineHost.RunAsync(args[1..]);
    return;
}
var provider = Enum.Parse<DatabaseProvider>(args[0], ignoreCase: true);
var connectionString = args[1];
var count = int.Parse(args[2], System.Globalization.CultureInfo.InvariantCulture);
var queries = args.Length > 3 && !args[3].StartsWith("--", StringComparison.Ordinal) ? int.Parse(args[3], System.Globalization.CultureInfo.InvariantCulture) : 200;

var services = BenchServices.For(provider, connectionString, LogLevel.Warning, new NoUser());
// The generator writes terms in bulk; the per-save indexer would do the same work row by row.
services.RemoveAll<IDomainEventHandler<CatalogListingStatusChanged>>();
await using var root = services.BuildServiceProvider();
var database = root.GetRequiredService<RobotPlanDatabase>();
var today = new DateOnly(2026, 3, 2);

await using (var scope = root.CreateAsyncScope())
{
    await scope.ServiceProvider.GetRequiredService<DatabaseMigrator>().MigrateAndSeedAsync(new DataSeedContext(IncludeDemoData: false));
    var db = scope.ServiceProvider.GetRequiredService<RobotPlanDbContext>();
    var existing = await db.Set<CatalogListing>().CountAsync();
    if (existing == 0)
    {
        var jurisdictions = (await db.ReviewJurisdictions.Select(j => new { j.Id, j.Name }).ToListAsync()).Select(j => (j.Id, j.Name)).ToList();
        var fill = Stopwatch.StartNew();
        await ListingGenerator.FillAsync(database, count, jurisdictions, today);
        Console.WriteLine($"generated {count:N0} listings and products of {Math.Max(10, count / 10):N0} enterprises in {fill.Elapsed.TotalSeconds:F1} s"
            + $" (term rows: {ListingGenerator.TermRowsTime.TotalSeconds:F1} s)");
        if (provider == DatabaseProvider.PostgreSql) await db.Database.ExecuteSqlRawAsync("VACUUM ANALYZE");
        else await db.Database.ExecuteSqlRawAsync("ANALYZE");
    }
    else if (existing != count) throw new InvalidOperationException($"The database holds {existing} listings, not {count}.");
    Console.WriteLine(provider == DatabaseProvider.PostgreSql
        ? $"search documents: {await db.Set<ListingSearchDocument>().CountAsync():N0}"
        : $"search terms: {await db.Set<ListingSearchTerm>().CountAsync():N0}");
}
// bench-load.sh only needs the filled database.
if (args.Contains("--fill-only")) return;

string[][] groups =
[
    ["焊", "垛", "涂", "协", "磨", "泵", "康", "臂"],
    ["焊接", "码垛", "喷涂", "协作", "打磨", "分拣", "康复", "伺服"],
    ["减速器", "焊接机器人", "协作机器人", "康复机器人", "RV减速器", "激光焊接", "码垛机器人", "控制器"],
];
// ADR 0006: first without the facet/total cache (every query computes everything), then with it (60 s, the default).
var cache = root.GetRequiredService<ListingSearchCache>();
var lifetime = cache.Lifetime;
var runs = args.SkipWhile(a => a != "--runs").Skip(1).Select(a => int.Parse(a, System.Globalization.CultureInfo.InvariantCulture)).FirstOrDefault(3);
await using (var scope = root.CreateAsyncScope())
{
    var size = await StorageFacts.SizeAsync(scope.ServiceProvider.GetRequiredService<RobotPlanDbContext>(), provider, connectionString);
    Console.WriteLine($"database size: {size / 1048576.0:N0} MB, {size / 1024.0 / count:F1} KB per listing");
    var index = await StorageFacts.SearchIndexSizeAsync(scope.ServiceProvider.GetRequiredService<RobotPlanDbContext>(), provider);
    Console.WriteLine(index is { } bytes
        ? $"search index ({(provider == DatabaseProvider.PostgreSql ? "ListingSearchDocuments" : "ListingSearchTerms")} with its indexes): {bytes / 1048576.0:N0} MB, {bytes / 1024.0 / count:F1} KB per listing"
        : "search index: size n/a (this SQLite has no dbstat)");
}
// Wall time is what a buyer waits; on a shared, overloaded machine it is mostly time spent waiting for a core. CPU time
// of this process per query (all of SQLite's work, only the client's on PostgreSQL) is what the code costs; it counts
// every thread, so the runtime's background work (tiered JIT, GC) lands in whichever query it overlaps — the
// per-run line "CPU by thread" says how much that is.
Console.WriteLine("| run | load | provider | listings | keyword | cache | queries | median ms | p95 ms | cpu median ms | mean total hits |");
Console.WriteLine("|---|---|---|---|---|---|---|---|---|---|---|");
var medians = new Dictionary<string, List<double>>();
for (var run = 1; run <= runs; run++)
{
    var resident = StorageFacts.ResidentShare(provider, connectionString);
    var speedBefore = CpuReference.Describe();
    var threads = ThreadCpu.Snapshot();
    var runClock = Stopwatch.StartNew();
    var runCpu = Environment.CpuUsage.TotalTime;
    (long Hit, long Read)? buffers;
    await using (var scope = root.CreateAsyncScope())
        buffers = await StorageFacts.BufferCountsAsync(scope.ServiceProvider.GetRequiredService<RobotPlanDbContext>(), provider);
    foreach (var cached in new[] { false, true })
    foreach (var (group, name) in groups.Zip(["1 char", "2 chars", "3+ chars"]))
    {
        cache.Lifetime = cached ? lifetime : TimeSpan.Zero;
        for (var w = 0; w < 20; w++) await SearchAsync(group[w % group.Length]);
        var times = new List<double>();
        var cpu = new List<double>();
        long hits = 0;
        for (var q = 0; q < queries; q++)
        {
            var cpu0 = Environment.CpuUsage.TotalTime; // getrusage: microseconds, every thread of the process
            var sw = Stopwatch.StartNew();
            hits += await SearchAsync(group[q % group.Length]);
            times.Add(sw.Elapsed.TotalMilliseconds);
            cpu.Add((Environment.CpuUsage.TotalTime - cpu0).TotalMilliseconds);
        }
        times.Sort();
        cpu.Sort();
        var key = $"{name}, cache {(cached ? "60 s" : "off")}";
        (medians.TryGetValue(key, out var list) ? list : medians[key] = []).Add(times[times.Count / 2]);
        Console.WriteLine($"| {run} | {LoadAverage()} | {provider} | {count:N0} | {name} | {(cached ? "60 s" : "off")} | {queries} | {times[times.Count / 2]:F1} | {times[(int)(times.Count * 0.95)]:F1} | {cpu[cpu.Count / 2]:F1} | {hits / queries:N0} |");
    }
    var cacheState = resident is { } share ? $"file in page cache before the run: {share:P0}" : "";
    await using (var scope = root.CreateAsyncScope())
    {
        if (buffers is { } before && await StorageFacts.BufferCountsAsync(scope.ServiceProvider.GetRequiredService<RobotPlanDbContext>(), provider) is { } after)
            cacheState = $"PostgreSQL buffer hits during the run: {(after.Hit - before.Hit) / (double)Math.Max(1, after.Hit - before.Hit + after.Read - before.Read):P1}";
    }
    Console.WriteLine($"run {run}: wall {runClock.Elapsed.TotalSeconds:F1} s, process CPU {(Environment.CpuUsage.TotalTime - runCpu).TotalSeconds:F1} s; "
        + $"CPU by thread: {ThreadCpu.Shares(threads, ThreadCpu.Snapshot())}; {cacheState}; before the run: {speedBefore}, after: {CpuReference.Describe()}");
}
cache.Lifetime = lifetime;

// issue #18: the same questions in raw SQL on the same data, in the same run: the ratio holds across machines.
Console.WriteLine();
Console.WriteLine("| keyword | RobotPlan median ms, runs (spread) | Dapper baseline median ms | RobotPlan ÷ baseline | plain scan median ms | scan ÷ RobotPlan |");
Console.WriteLine("|---|---|---|---|---|---|");
await using (var reference = new SqlReference(provider, connectionString, today))
{
    foreach (var (group, name) in groups.Zip(["1 char", "2 chars", "3+ chars"]))
    {
        var ours = medians[$"{name}, cache off"];
        var middle = ours.Order().ElementAt(ours.Count / 2);
        var baseline = await reference.BaselineMedianAsync(group, queries);
        var scan = await reference.ScanMedianAsync(group);
        Console.WriteLine($"| {name} (uncached, load {LoadAverage()}) | {middle:F1} [{string.Join(" / ", ours.Select(m => m.ToString("F1", System.Globalization.CultureInfo.InvariantCulture)))}] "
            + $"(±{(ours.Max() - ours.Min()) / 2 / middle:P0}) | {baseline:F1} | {middle / baseline:F2} | {scan:F1} | {scan / middle:F0} |");
    }
}

if (args.Contains("--export"))
{
    await using var scope = root.CreateAsyncScope();
    var output = new TimingStream();
    var sw = Stopwatch.StartNew();
    await scope.ServiceProvider.GetRequiredService<IListingSearchAppService>().ExportAsync(new SearchListingsInput { ValidOn = today }, output);
    Console.WriteLine($"export ({provider}, {count:N0}): first byte {output.FirstByte.TotalMilliseconds:F0} ms, total {sw.Elapsed.TotalSeconds:F2} s, "
        + $"{output.Length / 1024.0 / 1024.0:F1} MB, peak working set {Process.GetCurrentProcess().PeakWorkingSet64 / 1024 / 1024} MB");
}

static string LoadAverage() => File.Exists("/proc/loadavg") ? File.ReadAllText("/proc/loadavg").Split(' ')[0] : "n/a";

async Task<int> SearchAsync(string keyword)
{
    // One scope per query, like one request: a fresh DbContext.
    await using var scope = root.CreateAsyncScope();
    var result = await scope.ServiceProvider.GetRequiredService<IListingSearchAppService>()
        .SearchAsync(new SearchListingsInput { Keyword = keyword, ValidOn = today, MaxResultCount = 20 });
    return result.TotalCount;
}
