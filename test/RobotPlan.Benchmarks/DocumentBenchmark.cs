using System.Diagnostics;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using RobotPlan.CatalogListings;
using RobotPlan.Documents;
using RobotPlan.EntityFrameworkCore;
using RobotPlan.SeedWork;

namespace RobotPlan.Benchmarks;

/// <summary>
/// Issue 17's figures: a listing certificate's size and drawing time (median of 100, after one warm-up that loads the font),
/// and the open-data exports (CSV and JSON, "in force today") streamed: first byte, total, size, peak working set.
/// <c>documents Sqlite "Data Source=…" 100000</c> generates N listings into an empty database; N = 0 seeds the demo instead.
/// </summary>
internal static class DocumentBenchmark
{
    public static async Task<int> RunAsync(string[] args)
    {
        var provider = Enum.Parse<DatabaseProvider>(args[0], ignoreCase: true);
        var count = int.Parse(args[2], System.Globalization.CultureInfo.InvariantCulture);
        var services = BenchServices.For(provider, args[1], LogLevel.Warning, new NoUser());
        // The demo's uploads (test reports) need a files folder.
        services.Configure<RobotPlan.Files.FileStorageOptions>(o => o.RootPath = Path.Combine(Path.GetTempPath(), "robotplan-bench-files"));
        await using var root = services.BuildServiceProvider();
        await using (var scope = root.CreateAsyncScope())
        {
            var sp = scope.ServiceProvider;
            await sp.GetRequiredService<DatabaseMigrator>().MigrateAndSeedAsync(new DataSeedContext(IncludeDemoData: count == 0, IncludeDemoActivity: count == 0));
            var db = sp.GetRequiredService<RobotPlanDbContext>();
            if (count > 0 && !await db.Set<CatalogListing>().AnyAsync())
            {
                var jurisdictions = (await db.ReviewJurisdictions.Select(j => new { j.Id, j.Name }).ToListAsync()).Select(j => (j.Id, j.Name)).ToList();
                var fill = Stopwatch.StartNew();
                await ListingGenerator.FillAsync(sp.GetRequiredService<RobotPlanDatabase>(), count, jurisdictions, DateOnly.FromDateTime(DateTime.UtcNow));
                Console.WriteLine($"generated {count:N0} listings in {fill.Elapsed.TotalSeconds:F1} s");
            }
        }
        await CertificateAsync(root);
        // Three runs each, beside the reference of the same run: a raw SQL read of every listing column written as text.
        for (var run = 1; run <= 3; run++)
        {
            var reference = await RawSqlReferenceAsync(root);
            var csv = await ExportAsync(root, "csv", (s, o) => s.WriteCsvAsync(OpenDataSet.ActiveToday, o));
            var json = await ExportAsync(root, "json", (s, o) => s.WriteJsonAsync(OpenDataSet.ActiveToday, o));
            Console.WriteLine($"run {run}: raw SQL reference {reference:F2} s; csv {csv / reference:F2}x, json {json / reference:F2}x the reference");
        }
        return 0;
    }

    private static async Task CertificateAsync(IServiceProvider root)
    {
        await using var scope = root.CreateAsyncScope();
        var sp = scope.ServiceProvider;
        var listing = await sp.GetRequiredService<RobotPlanDbContext>().Set<CatalogListing>().OrderBy(l => l.Number).FirstAsync();
        var content = await sp.GetRequiredService<PublicDocumentSource>().CertificateAsync(listing, default);
        var writer = sp.GetRequiredService<DocumentPdfWriter>();
        string[] footer = ["验证码：0123456789ABCDEFGHJK", "扫描二维码或访问 https://robotplan.example.cn/verify/0123456789ABCDEFGHJK 查看", "签发时间：2026-12-07 09:00"];
        var cold = Stopwatch.StartNew();
        var size = writer.Write(content, "https://robotplan.example.cn/verify/0123456789ABCDEFGHJK", footer, DateTime.UtcNow).Length;
        var first = cold.Elapsed.TotalMilliseconds;
        var times = new List<double>();
        for (var i = 0; i < 100; i++)
        {
            var code = DocumentCode.New();
            var sw = Stopwatch.StartNew();
            size = writer.Write(content, "https://robotplan.example.cn/verify/" + code, footer, DateTime.UtcNow).Length;
            times.Add(sw.Elapsed.TotalMilliseconds);
        }
        times.Sort();
        Console.WriteLine($"certificate {listing.Number}: {size / 1024.0:F1} KB; first (font load) {first:F0} ms; median of 100 {times[50]:F1} ms, p95 {times[95]:F1} ms");
    }

    /// <summary>The floor an export cannot beat: every column of every listing row read by a data reader and written as text.</summary>
    private static async Task<double> RawSqlReferenceAsync(IServiceProvider root)
    {
        await using var scope = root.CreateAsyncScope();
        var connection = scope.ServiceProvider.GetRequiredService<RobotPlanDbContext>().Database.GetDbConnection();
        await connection.OpenAsync();
        await using var command = connection.CreateCommand();
        command.CommandText = "SELECT * FROM \"CatalogListings\"";
        var output = new TimingStream();
        var sw = Stopwatch.StartNew();
        await using (var writer = new StreamWriter(output, System.Text.Encoding.UTF8, 65536, leaveOpen: true))
        await using (var reader = await command.ExecuteReaderAsync())
        {
            var values = new object[reader.FieldCount];
            while (await reader.ReadAsync())
            {
                reader.GetValues(values);
                await writer.WriteLineAsync(string.Join(',', values));
            }
        }
        Console.WriteLine($"raw SQL reference: {sw.Elapsed.TotalSeconds:F2} s, {output.Length:N0} bytes");
        return sw.Elapsed.TotalSeconds;
    }

    private static async Task<double> ExportAsync(IServiceProvider root, string format, Func<IOpenDataAppService, Stream, Task> write)
    {
        await using var scope = root.CreateAsyncScope();
        var service = scope.ServiceProvider.GetRequiredService<IOpenDataAppService>();
        var stamp = await service.GetStampAsync(OpenDataSet.ActiveToday);
        var before = Process.GetCurrentProcess().WorkingSet64;
        var output = new TimingStream();
        var sw = Stopwatch.StartNew();
        await write(service, output);
        Console.WriteLine($"open data {format} ({stamp.Count:N0} rows): first byte {output.FirstByte.TotalMilliseconds:F0} ms, total {sw.Elapsed.TotalSeconds:F2} s, "
            + $"{output.Length:N0} bytes, working set before {before / 1024 / 1024} MB, peak {Process.GetCurrentProcess().PeakWorkingSet64 / 1024 / 1024} MB");
        return sw.Elapsed.TotalSeconds;
    }
}
