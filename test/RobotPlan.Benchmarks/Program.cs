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

// Usage: RobotPlan.Benchmarks <Sqlite|PostgreSql> <connection string> <listings> [queries per keyword group] [--export] [--fill-only]
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
        Console.WriteLine($"generated {count:N0} listings and products of {Math.Max(10, count / 10):N0} enterprises in {fill.Elapsed.TotalSeconds:F1} s");
        if (provider == DatabaseProvider.PostgreSql) await db.Database.ExecuteSqlRawAsync("VACUUM ANALYZE");
        else await db.Database.ExecuteSqlRawAsync("ANALYZE");
    }
    else if (existing != count) throw new InvalidOperationException($"The database holds {existing} listings, not {count}.");
    Console.WriteLine($"search terms: {await db.Set<ListingSearchTerm>().CountAsync():N0}");
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
// Wall time is what a buyer waits; on a shared, overloaded machine it is mostly time spent waiting for a core. CPU time
// of this process per query (all of SQLite's work, only the client's on PostgreSQL) is what the code costs.
Console.WriteLine($"| provider | listings | keyword | cache | queries | median ms | p95 ms | cpu median ms | mean total hits |");
Console.WriteLine($"|---|---|---|---|---|---|---|---|---|");
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
    Console.WriteLine($"| {provider} | {count:N0} | {name} | {(cached ? "60 s" : "off")} | {queries} | {times[times.Count / 2]:F1} | {times[(int)(times.Count * 0.95)]:F1} | {cpu[cpu.Count / 2]:F1} | {hits / queries:N0} |");
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

async Task<int> SearchAsync(string keyword)
{
    // One scope per query, like one request: a fresh DbContext.
    await using var scope = root.CreateAsyncScope();
    var result = await scope.ServiceProvider.GetRequiredService<IListingSearchAppService>()
        .SearchAsync(new SearchListingsInput { Keyword = keyword, ValidOn = today, MaxResultCount = 20 });
    return result.TotalCount;
}
