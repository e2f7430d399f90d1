using System.Data.Common;
using System.Globalization;
using System.Text.Json.Serialization;
using Dapper;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Npgsql;
using RobotPlan.CatalogListings;
using RobotPlan.ListingSearch;

namespace RobotPlan.Benchmarks;

/// <summary>
/// P-1's bare baseline: a minimal ASP.NET Core app answering GET /api/public/listings with the same JSON shape and the
/// same query semantics as RobotPlan's search (ADR 0006), in raw SQL through Dapper on the same database: the keyword's
/// segments via the term index (the only term of a segment, or its rarest, counted with the same cap; the exact
/// substring check for a segment one term does not pin down), Active listings valid on the day (term rows exist only for
/// Active listings and carry the validity), total and facets from one GROUP BY, the first page in the default order
/// (ValidFrom desc, Number), only the page's listing rows read, and the category and jurisdiction names read per request
/// as RobotPlan does. No cache, no middleware, no MVC, no EF Core: what the framework and the app's layers cost is the
/// difference. Keyword searches only (no filters, no sorting): the benchmark's requests.
/// </summary>
internal static class BaselineHost
{
    private const int RarestTermCap = 20_000;

    /// <summary>Usage: baseline &lt;Sqlite|PostgreSql&gt; &lt;connection string&gt; &lt;url&gt;</summary>
    public static async Task RunAsync(string[] args)
    {
        var postgres = args[0].Equals("PostgreSql", StringComparison.OrdinalIgnoreCase);
        var connectionString = args[1];
        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.SetMinimumLevel(LogLevel.Warning);
        builder.WebHost.UseUrls(args[2]);
        // The Web host's JSON settings: camelCase (web defaults), enums as names.
        builder.Services.ConfigureHttpJsonOptions(o =>
        {
            o.SerializerOptions.TypeInfoResolverChain.Insert(0, new System.Text.Json.Serialization.Metadata.DefaultJsonTypeInfoResolver());
            o.SerializerOptions.Converters.Add(new JsonStringEnumConverter(allowIntegerValues: false));
        });
        var app = builder.Build();
        var pg = postgres ? NpgsqlDataSource.Create(connectionString) : null;
        Func<DbConnection> open = pg is not null ? () => pg.CreateConnection() : () => new SqliteConnection(connectionString);
        var sql = new Sql(postgres);

        app.MapGet("/api/public/listings", async (string? keyword, DateOnly? validOn) =>
        {
            await using var connection = open();
            await connection.OpenAsync();
            return Results.Json(await SearchAsync(connection, sql, keyword, validOn ?? DateOnly.FromDateTime(DateTime.UtcNow.AddHours(8))));
        });
        app.MapGet("/health", () => "ok");
        await app.RunAsync();
    }

    /// <summary>The baseline's whole answer in raw SQL; also bench-search's in-process reference (SqlReference).</summary>
    internal static async Task<ListingSearchResultDto> SearchAsync(DbConnection db, Sql sql, string? keyword, DateOnly validOn)
    {
        var day = validOn.DayNumber;
        var plan = KeywordPlan.Parse(keyword).Lookups;
        if (plan.Contains(SegmentLookup.EveryListing)) throw new BadHttpRequestException("The baseline answers keyword searches only.");
        var (table, where, parameters) = sql.Postgres ? DocumentsHolding(sql, plan, day) : await TermRowsHoldingAsync(db, sql, plan, day);
        var facets = (await db.QueryAsync<FacetRow>($"""
            SELECT t."CategoryCode", t."Catalog", t."JurisdictionId", COUNT(*) AS "Count"
            FROM {table} t WHERE {where}
            GROUP BY t."CategoryCode", t."Catalog", t."JurisdictionId"
            """, parameters)).AsList();
        var categories = (await db.QueryAsync<(string Code, string Name)>(
            """SELECT "Code", "Name" FROM "ProductCategories" WHERE NOT "IsDeleted" ORDER BY "SortOrder" """)).ToDictionary(c => c.Code, c => c.Name);
        var jurisdictions = (await db.QueryAsync<(string Id, string Name)>(
            $"""SELECT {sql.Text("\"Id\"")}, "Name" FROM "ReviewJurisdictions" WHERE NOT "IsDeleted" """)).ToDictionary(j => Guid.Parse(j.Id), j => j.Name);
        var facetsDto = new ListingFacetsDto(
            Facet(facets, f => f.CategoryCode, categories.GetValueOrDefault),
            Facet(facets, f => ((CatalogKind)f.Catalog).ToString(), _ => null),
            Facet(facets, f => new Guid(f.JurisdictionId).ToString(), v => jurisdictions.GetValueOrDefault(Guid.Parse(v))));
        if (facets.Count == 0) return new ListingSearchResultDto(0, [], facetsDto);

        var rows = await db.QueryAsync<ItemRow>($"""
            SELECT l."Number", l."Catalog", l."ProductName", l."ProductModel", l."CategoryCode", {sql.Text("l.\"EnterpriseId\"")} AS "EnterpriseId",
                   l."EnterpriseName", {sql.Text("l.\"JurisdictionId\"")} AS "JurisdictionId",
                   {sql.Text("l.\"ValidFrom\"")} AS "ValidFrom", {sql.Text("l.\"ValidTo\"")} AS "ValidTo"
            FROM "CatalogListings" l
            WHERE NOT l."IsDeleted" AND l."Number" IN (
                SELECT t."Number" FROM {table} t WHERE {where} ORDER BY t."ValidFrom" DESC, t."Number" LIMIT 20)
            ORDER BY l."ValidFrom" DESC, l."Number"
            """, parameters);
        var items = rows.Select(r =>
        {
            var jurisdiction = Guid.Parse(r.JurisdictionId);
            return new ListingSearchItemDto(r.Number, (CatalogKind)r.Catalog, r.ProductName, r.ProductModel, r.CategoryCode,
                categories.GetValueOrDefault(r.CategoryCode), Guid.Parse(r.EnterpriseId), r.EnterpriseName, jurisdiction,
                jurisdictions.GetValueOrDefault(jurisdiction), DateOnly.Parse(r.ValidFrom, CultureInfo.InvariantCulture),
                DateOnly.Parse(r.ValidTo, CultureInfo.InvariantCulture));
        }).ToList();
        return new ListingSearchResultDto(facets.Sum(f => (int)f.Count), items, facetsDto);
    }

    /// <summary>PostgreSQL (ADR 0006): the documents whose term array holds every candidate term (GIN), long segments confirmed in their text.</summary>
    private static (string Table, string Where, DynamicParameters Parameters) DocumentsHolding(Sql sql, IReadOnlyList<SegmentLookup> plan, int day)
    {
        var parameters = new DynamicParameters(new { day, terms = plan.SelectMany(l => l.IntersectedTerms).Distinct().ToArray() });
        var where = """t."Terms" @> @terms AND t."ValidFrom" <= @day AND t."ValidTo" > @day""";
        var checks = plan.Select(l => l.Check).OfType<string>().ToList();
        for (var i = 0; i < checks.Count; i++)
        {
            where += " AND " + sql.Contains("t.\"Text\"", $"@check{i}");
            parameters.Add($"check{i}", checks[i]);
        }
        return ("\"ListingSearchDocuments\"", where, parameters);
    }

    /// <summary>SQLite: the rarest term's rows, every other segment a probe of the term key, long segments confirmed.</summary>
    private static async Task<(string Table, string Where, DynamicParameters Parameters)> TermRowsHoldingAsync(DbConnection db, Sql sql,
        IReadOnlyList<SegmentLookup> plan, int day)
    {
        var lookups = new List<(string Term, string? Check)>();
        foreach (var lookup in plan) lookups.Add((await RarestAsync(db, lookup.Candidates), lookup.Check));
        var driver = lookups.Count == 1 ? lookups[0].Term : await RarestAsync(db, [.. lookups.Select(l => l.Term).Distinct()]);
        var parameters = new DynamicParameters(new { driver, day });
        // Dates are day numbers in the term rows (the model's value converter), so no cast.
        var where = """t."Term" = @driver AND t."ValidFrom" <= @day AND t."ValidTo" > @day""";
        for (var i = 0; i < lookups.Count; i++)
        {
            var (term, check) = lookups[i];
            var conditions = new List<string>();
            if (check is not null)
            {
                conditions.Add(sql.Contains("""(SELECT c."Text" FROM "ActiveListingTexts" c WHERE c."Number" = t."Number")""", $"@check{i}"));
                parameters.Add($"check{i}", check);
            }
            if (term != driver)
            {
                where += $""" AND EXISTS (SELECT 1 FROM "ListingSearchTerms" o WHERE o."Term" = @term{i} AND o."ValidFrom" = t."ValidFrom" AND o."Number" = t."Number"{string.Concat(conditions.Select(c => " AND " + c))})""";
                parameters.Add($"term{i}", term);
            }
            else where += string.Concat(conditions.Select(c => " AND " + c));
        }
        return ("\"ListingSearchTerms\"", where, parameters);
    }

    private static async Task<string> RarestAsync(DbConnection db, IReadOnlyList<string> candidates)
    {
        if (candidates.Count == 1) return candidates[0];
        var best = candidates[0];
        var bestCount = long.MaxValue;
        foreach (var term in candidates)
        {
            var count = await db.ExecuteScalarAsync<long>(
                """SELECT COUNT(*) FROM (SELECT 1 FROM "ListingSearchTerms" WHERE "Term" = @term LIMIT @cap) x""",
                new { term, cap = (int)Math.Min(bestCount, RarestTermCap) });
            if (count < bestCount) (best, bestCount) = (term, count);
            if (count == 0) break;
        }
        return best;
    }

    private static List<FacetCountDto> Facet(List<FacetRow> rows, Func<FacetRow, string> key, Func<string, string?> name) =>
        rows.GroupBy(key).Select(g => new FacetCountDto(g.Key, name(g.Key), g.Sum(r => (int)r.Count)))
            .OrderByDescending(f => f.Count).ThenBy(f => f.Value, StringComparer.Ordinal).ToList();

    /// <summary>The two dialects: SQLite keeps Guids and dates as text already; PostgreSQL casts them.</summary>
    internal sealed record Sql(bool Postgres)
    {
        public string Date(string parameter) => Postgres ? $"CAST({parameter} AS date)" : parameter;
        public string Text(string column) => Postgres ? $"{column}::text" : column;
        public string Contains(string column, string parameter) => Postgres ? $"strpos({column}, {parameter}) > 0" : $"instr({column}, {parameter}) > 0";
    }

    private sealed class FacetRow
    {
        public string CategoryCode { get; set; } = "";
        public long Catalog { get; set; }
        public byte[] JurisdictionId { get; set; } = [];
        public long Count { get; set; }
    }

    private sealed class ItemRow
    {
        public string Number { get; set; } = "";
        public long Catalog { get; set; }
        public string ProductName { get; set; } = "";
        public string ProductModel { get; set; } = "";
        public string CategoryCode { get; set; } = "";
        public string EnterpriseId { get; set; } = "";
        public string EnterpriseName { get; set; } = "";
        public string JurisdictionId { get; set; } = "";
        public string ValidFrom { get; set; } = "";
        public string ValidTo { get; set; } = "";
    }
}
