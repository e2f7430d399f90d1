using System.Data.Common;
using System.Diagnostics;
using Dapper;
using Microsoft.Data.Sqlite;
using Npgsql;
using RobotPlan.CatalogListings;
using RobotPlan.EntityFrameworkCore;
using RobotPlan.ListingSearch;

namespace RobotPlan.Benchmarks;

/// <summary>
/// issue #18: references measured on the same data in the same run, so that a figure reads as a ratio on any machine.
/// The Dapper baseline's query (BaselineHost: the same term-index plan in raw SQL, no EF Core, no cache, no app layers)
/// and a plain scan (the listings' search text with instr/strpos, no index: what the term index saves).
/// </summary>
internal sealed class SqlReference(DatabaseProvider provider, string connectionString, DateOnly today) : IAsyncDisposable
{
    private readonly NpgsqlDataSource? _pg = provider == DatabaseProvider.PostgreSql ? NpgsqlDataSource.Create(connectionString) : null;
    private readonly BaselineHost.Sql _sql = new(provider == DatabaseProvider.PostgreSql);

    private DbConnection Open() => _pg is not null ? _pg.CreateConnection() : new SqliteConnection(connectionString);

    /// <summary>Median ms of the baseline's complete answer (total, facets, page) per keyword, one connection per query.</summary>
    public async Task<double> BaselineMedianAsync(IReadOnlyList<string> keywords, int queries)
    {
        var times = new List<double>();
        for (var q = -keywords.Count; q < queries; q++)
        {
            var sw = Stopwatch.StartNew();
            await using (var db = Open())
            {
                await db.OpenAsync();
                await BaselineHost.SearchAsync(db, _sql, keywords[(q + keywords.Count) % keywords.Count], today);
            }
            if (q >= 0) times.Add(sw.Elapsed.TotalMilliseconds);
        }
        return Median(times);
    }

    /// <summary>Median ms of a plain scan answering the same question (total + facets, then the first page).</summary>
    public async Task<double> ScanMedianAsync(IReadOnlyList<string> keywords)
    {
        var day = _sql.Date("@day");
        var where = $"""NOT "IsDeleted" AND "Status" = @active AND "ValidFrom" <= {day} AND "ValidTo" > {day} AND {_sql.Contains("\"SearchText\"", "@keyword")}""";
        var times = new List<double>();
        await using var db = Open();
        await db.OpenAsync();
        foreach (var keyword in keywords)
        {
            var parameters = new { active = (int)CatalogListingStatus.Active, day = today.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture),
                keyword = SearchTerms.Normalize(keyword) };
            var sw = Stopwatch.StartNew();
            await db.QueryAsync($"""SELECT "CategoryCode", "Catalog", "JurisdictionId", COUNT(*) FROM "CatalogListings" WHERE {where} GROUP BY "CategoryCode", "Catalog", "JurisdictionId" """, parameters);
            await db.QueryAsync($"""SELECT "Number", "ProductName" FROM "CatalogListings" WHERE {where} ORDER BY "ValidFrom" DESC, "Number" LIMIT 20""", parameters);
            times.Add(sw.Elapsed.TotalMilliseconds);
        }
        return Median(times);
    }

    private static double Median(List<double> times)
    {
        times.Sort();
        return times[times.Count / 2];
    }

    public async ValueTask DisposeAsync()
    {
        if (_pg is not null) await _pg.DisposeAsync();
    }
}
