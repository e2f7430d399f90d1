using RobotPlan.ListingSearch;

namespace RobotPlan.EntityFrameworkCore.ListingSearch;

/// <summary>
/// P-1 throughput (issue #18): the commonest buyer search on SQLite — one keyword segment that its driving term alone
/// answers (a one-character keyword, an exact bigram or trigram, no keyword at all), no filter, the default order — as
/// two compiled queries. The SQL is the one <see cref="ListingSearchRepository"/> composes for such a search; compiled,
/// the expression trees are not built, parameterized and looked up in the query cache on every request.
/// </summary>
internal static class DriverOnlySearch
{
    /// <summary>True when the search's rows are exactly its driving term's rows valid on the day (the order is the caller's).</summary>
    public static bool Answers(ListingQuery q) =>
        q.Keyword.Lookups is [{ Check: null }] && q.Catalog is null && string.IsNullOrWhiteSpace(q.CategoryCode)
        && q.JurisdictionId is null && q.EnterpriseId is null;

    /// <summary>Total and facets: one GROUP BY over the driving term's range.</summary>
    public static readonly Func<RobotPlanDbContext, string, DateOnly, IAsyncEnumerable<ListingFacetRow>> Facets =
        EF.CompileAsyncQuery((RobotPlanDbContext db, string driver, DateOnly validOn) => db.Set<ListingSearchTerm>()
            .Where(t => t.Term == driver && t.ValidFrom <= validOn && t.ValidTo > validOn)
            .GroupBy(t => new { t.CategoryCode, t.Catalog, t.JurisdictionId })
            .Select(g => new ListingFacetRow(g.Key.CategoryCode, g.Key.Catalog, g.Key.JurisdictionId, g.Count())));

    /// <summary>The page: the range read in the index's order up to the page, then only the page's listing rows.</summary>
    public static readonly Func<RobotPlanDbContext, string, DateOnly, int, int, IAsyncEnumerable<ListingSearchRow>> Page =
        EF.CompileAsyncQuery((RobotPlanDbContext db, string driver, DateOnly validOn, int skip, int take) => db.Set<CatalogListing>()
            .Where(l => db.Set<ListingSearchTerm>()
                .Where(t => t.Term == driver && t.ValidFrom <= validOn && t.ValidTo > validOn)
                .OrderByDescending(t => t.ValidFrom).ThenBy(t => t.Number)
                .Skip(skip).Take(take)
                .Select(t => t.Number)
                .Contains(l.Number))
            .OrderByDescending(l => l.ValidFrom).ThenBy(l => l.Number)
            .Select(l => new ListingSearchRow(l.Number, l.Catalog, l.ProductName, l.ProductModel, l.CategoryCode, l.EnterpriseId,
                l.EnterpriseName, l.JurisdictionId, l.ValidFrom, l.ValidTo, l.CreationTime)));

    public static async Task<List<T>> ToListAsync<T>(IAsyncEnumerable<T> rows, CancellationToken ct)
    {
        var list = new List<T>();
        await foreach (var row in rows.WithCancellation(ct)) list.Add(row);
        return list;
    }
}
