using System.Runtime.CompilerServices;
using RobotPlan.ListingSearch;

namespace RobotPlan.EntityFrameworkCore.ListingSearch;

/// <summary>
/// ADR 0006: every search — with or without a keyword, page or export — is one set of index rows carrying the listing's
/// filter, facet and sort columns (<see cref="SearchRow"/>), valid on the day and inside the filters. On SQLite they
/// are the ListingSearchTerms rows of the driving term (a segment's only term, or its rarest one;
/// <see cref="SearchTerms.EveryListing"/> without a keyword), narrowed by one predicate per keyword segment: total and
/// facets are one GROUP BY over one range of the WITHOUT ROWID term table, the page an ordered scan of the same range
/// that stops after the page. On PostgreSQL they are the ListingSearchDocuments whose term array holds every segment's
/// terms (one GIN lookup). Only the page's rows (or, for an export, every matching row) are read from the listings.
/// </summary>
internal sealed class ListingSearchRepository(RobotPlanDbContext db, ListingSearchCache cache) : IListingSearchRepository
{
    private static readonly Dictionary<string, Expression<Func<CatalogListing, object?>>> SortFields = new(StringComparer.OrdinalIgnoreCase)
    {
        ["number"] = l => l.Number,
        ["validFrom"] = l => l.ValidFrom,
        ["validTo"] = l => l.ValidTo,
        ["productName"] = l => l.ProductName,
        ["enterpriseName"] = l => l.EnterpriseName,
    };

    /// <summary>The sort keys the index rows carry; a name sort goes back to the listings (and their collation).</summary>
    private static readonly Dictionary<string, Expression<Func<SearchRow, object?>>> TermSortFields = new(StringComparer.OrdinalIgnoreCase)
    {
        ["number"] = t => t.Number,
        ["validFrom"] = t => t.ValidFrom,
        ["validTo"] = t => t.ValidTo,
    };

    /// <summary>Counted up to a cap, so a term in every listing costs no more than a rare one: a narrow index range each.</summary>
    private const int RarestTermCap = 20_000;

    public async Task<ListingSearchResult> SearchAsync(ListingQuery query, CancellationToken ct)
    {
        // P-1: the search's 1–5 queries share one connection instead of taking one from the pool each (on SQLite every
        // open also re-registers EF Core's functions on the connection).
        if (db.Database.GetDbConnection().State == System.Data.ConnectionState.Open) return await SearchOnConnectionAsync(query, ct);
        await db.Database.OpenConnectionAsync(ct);
        try
        {
            return await SearchOnConnectionAsync(query, ct);
        }
        finally
        {
            await db.Database.CloseConnectionAsync();
        }
    }

    private async Task<ListingSearchResult> SearchOnConnectionAsync(ListingQuery query, CancellationToken ct)
    {
        if (!UsesTermArrays && DriverOnlySearch.Answers(query) && SortOrder.Parse(query.Sorting) is null) return await SearchByDriverAsync(query, ct);
        var rows = await MatchingRowsAsync(query, ct);
        // Remembered for at most a minute per keyword, filters and day, forgotten on any listing status change.
        var facets = await cache.GetOrCreateAsync(FacetKey(query), () => rows
            .GroupBy(t => new { t.CategoryCode, t.Catalog, t.JurisdictionId })
            .Select(g => new ListingFacetRow(g.Key.CategoryCode, g.Key.Catalog, g.Key.JurisdictionId, g.Count())).ToListAsync(ct));
        if (facets.Count == 0) return new ListingSearchResult(0, [], facets);
        var pageNumbers = TermSort(rows, query.Sorting) is { } sorted
            ? sorted.Skip(query.SkipCount).Take(query.MaxResultCount).Select(t => t.Number)
            : Sort(ListingsOf(rows), query.Sorting).Skip(query.SkipCount).Take(query.MaxResultCount).Select(l => l.Number);
        // Only the page's rows are read, and only the columns a page shows: no entity is built (P-1).
        var items = await Sort(ListingsOf(pageNumbers), query.Sorting)
            .Select(l => new ListingSearchRow(l.Number, l.Catalog, l.ProductName, l.ProductModel, l.CategoryCode, l.EnterpriseId,
                l.EnterpriseName, l.JurisdictionId, l.ValidFrom, l.ValidTo, l.CreationTime))
            .ToListAsync(ct);
        return new ListingSearchResult(facets.Sum(f => f.Count), items, facets);
    }

    /// <summary>The composed search below for one driving term, no filter, the default order, as compiled queries.</summary>
    private async Task<ListingSearchResult> SearchByDriverAsync(ListingQuery query, CancellationToken ct)
    {
        var driver = await RarestAsync(query.Keyword.Lookups[0].Candidates, ct);
        var facets = await cache.GetOrCreateAsync(FacetKey(query),
            () => DriverOnlySearch.ToListAsync(DriverOnlySearch.Facets(db, driver, query.ValidOn), ct));
        if (facets.Count == 0) return new ListingSearchResult(0, [], facets);
        var items = await DriverOnlySearch.ToListAsync(
            DriverOnlySearch.Page(db, driver, query.ValidOn, query.SkipCount, query.MaxResultCount), ct);
        return new ListingSearchResult(facets.Sum(f => f.Count), items, facets);
    }

    public async IAsyncEnumerable<CatalogListing> StreamAsync(ListingQuery query, [EnumeratorCancellation] CancellationToken ct)
    {
        var rows = await MatchingRowsAsync(query, ct);
        await foreach (var listing in Sort(ListingsOf(rows), query.Sorting).AsAsyncEnumerable().WithCancellation(ct))
            yield return listing;
    }

    public async Task ReindexAsync(CatalogListing listing, CancellationToken ct)
    {
        cache.Invalidate();
        if (UsesTermArrays)
        {
            await KeepWhileActiveAsync(listing, l => new ListingSearchDocument(l), ct);
            return;
        }
        await ReindexTermRowsAsync(listing, ct);
        // The text that confirms long keywords exists exactly when the term rows do (the document carries its own).
        await KeepWhileActiveAsync(listing, l => new ActiveListingText(l), ct);
    }

    /// <summary>PostgreSQL's model has the term arrays (ListingSearchDocuments) instead of the term rows.</summary>
    private bool UsesTermArrays => db.Model.FindEntityType(typeof(ListingSearchDocument)) is not null;

    /// <summary>
    /// A row keyed by the listing's number that exists exactly while the listing is Active: PostgreSQL's term
    /// document, or SQLite's text that confirms long keywords. Its columns, like the listing's, are fixed at publication.
    /// </summary>
    private async Task KeepWhileActiveAsync<TRow>(CatalogListing listing, Func<CatalogListing, TRow> create, CancellationToken ct)
        where TRow : class
    {
        var rows = db.Set<TRow>();
        var row = db.Entry(listing).State == EntityState.Added ? null : await rows.FindAsync([listing.Number], ct);
        if (listing.Status != CatalogListingStatus.Active && row is not null) rows.Remove(row);
        if (listing.Status == CatalogListingStatus.Active && row is null) await rows.AddAsync(create(listing), ct);
    }

    private async Task ReindexTermRowsAsync(CatalogListing listing, CancellationToken ct)
    {
        var terms = db.Set<ListingSearchTerm>();
        // The text, the validity and the number are fixed at publication: the text's terms are exactly the keys the
        // listing's rows can have, so they are found by key (no second index on the number).
        var indexed = SearchTerms.ForIndexRows(listing.SearchText);
        var wanted = listing.Status == CatalogListingStatus.Active ? indexed : new HashSet<string>();
        // A new listing has no rows yet; an existing one keeps the rows it still needs (no delete-then-insert of one key).
        var (validFrom, number) = (listing.ValidFrom, listing.Number);
        var keys = indexed.ToList();
        var existing = db.Entry(listing).State == EntityState.Added
            ? []
            : await terms.Where(t => keys.Contains(t.Term) && t.ValidFrom == validFrom && t.Number == number).ToListAsync(ct);
        terms.RemoveRange(existing.Where(t => !wanted.Contains(t.Term)));
        var kept = existing.Select(t => t.Term).ToHashSet(StringComparer.Ordinal);
        await terms.AddRangeAsync(wanted.Where(t => !kept.Contains(t)).Select(t => new ListingSearchTerm(t, listing)), ct);
    }

    /// <summary>
    /// One index row per matching listing: the columns both layouts carry. A member-initialized projection, so EF Core
    /// composes the filters, the GROUP BY and the ORDER BY over it into the same SQL as over the entity itself.
    /// </summary>
    private sealed class SearchRow
    {
        public string Number { get; init; } = null!;
        public DateOnly ValidFrom { get; init; }
        public DateOnly ValidTo { get; init; }
        public CatalogKind Catalog { get; init; }
        public string CategoryCode { get; init; } = null!;
        public Guid JurisdictionId { get; init; }
    }

    /// <summary>The index rows valid on the day and inside the filters that hold every keyword segment.</summary>
    private async Task<IQueryable<SearchRow>> MatchingRowsAsync(ListingQuery q, CancellationToken ct)
    {
        var rows = UsesTermArrays ? DocumentsHolding(q.Keyword) : await TermRowsHoldingAsync(q.Keyword, ct);
        var validOn = q.ValidOn;
        // only Active listings have rows; valid on the day asked about.
        rows = rows.Where(t => t.ValidFrom <= validOn && t.ValidTo > validOn);
        if (q.Catalog is { } catalog) rows = rows.Where(t => t.Catalog == catalog);
        if (!string.IsNullOrWhiteSpace(q.CategoryCode)) rows = rows.Where(t => t.CategoryCode == q.CategoryCode);
        if (q.JurisdictionId is { } jurisdiction) rows = rows.Where(t => t.JurisdictionId == jurisdiction);
        // Not in the term rows (P-8: 16 bytes on each of ~120 rows for a filter without a facet): a probe of the listing.
        if (q.EnterpriseId is { } enterprise)
            rows = rows.Where(t => db.Set<CatalogListing>().Any(l => l.Number == t.Number && l.EnterpriseId == enterprise));
        return rows;
    }

    /// <summary>
    /// PostgreSQL: the documents whose array holds the terms of every segment (<c>@&gt;</c>, one GIN lookup intersecting
    /// the terms' posting lists, so no rarest term is chosen), each long segment confirmed in their text.
    /// </summary>
    private IQueryable<SearchRow> DocumentsHolding(KeywordPlan keyword)
    {
        string[] required = [.. keyword.Lookups.SelectMany(l => l.IntersectedTerms).Where(t => t != SearchTerms.EveryListing).Distinct()];
        var documents = db.Set<ListingSearchDocument>().AsNoTracking();
        // Translated by Npgsql to "required <@ Terms", which the GIN index serves.
        if (required.Length > 0) documents = documents.Where(d => required.All(t => d.Terms.Contains(t)));
        // Confirmed in the document's own text: the row the GIN lookup returns, no probe.
        foreach (var check in keyword.Lookups.Select(l => l.Check).OfType<string>()) documents = documents.Where(d => d.Text.Contains(check));
        return documents.Select(d => new SearchRow
        {
            Number = d.Number, ValidFrom = d.ValidFrom, ValidTo = d.ValidTo, Catalog = d.Catalog, CategoryCode = d.CategoryCode,
            JurisdictionId = d.JurisdictionId,
        });
    }

    /// <summary>SQLite: the driving term's rows, narrowed by each segment's predicate.</summary>
    private async Task<IQueryable<SearchRow>> TermRowsHoldingAsync(KeywordPlan keyword, CancellationToken ct)
    {
        var lookups = new List<TermLookup>();
        foreach (var segment in keyword.Lookups)
            lookups.Add(new TermLookup(await RarestAsync(segment.Candidates, ct), segment.Check));
        var driver = lookups.Count == 1 ? lookups[0].Term : await RarestAsync([.. lookups.Select(l => l.Term).Distinct()], ct);
        var rows = db.Set<ListingSearchTerm>().AsNoTracking().Where(t => t.Term == driver).Select(t => new SearchRow
        {
            Number = t.Number, ValidFrom = t.ValidFrom, ValidTo = t.ValidTo, Catalog = t.Catalog, CategoryCode = t.CategoryCode,
            JurisdictionId = t.JurisdictionId,
        });
        foreach (var lookup in lookups)
        {
            if (Predicate(lookup, drives: lookup.Term == driver) is { } predicate) rows = rows.Where(predicate);
        }
        return rows;
    }

    /// <summary>
    /// SQLite: the candidate's own text, a scalar subquery — one key probe per candidate. (An EXISTS let PostgreSQL,
    /// when it still probed this table, hash-join it to a scan of every text: 7.6 against 4.4 ms at 10,000 listings.)
    /// </summary>
    private Expression<Func<SearchRow, bool>> Confirmed(string check)
    {
        var texts = db.Set<ActiveListingText>();
        return r => texts.Where(s => s.Number == r.Number).Select(s => s.Text).FirstOrDefault()!.Contains(check);
    }

    private sealed record TermLookup(string Term, string? Check);

    /// <summary>
    /// What one segment asks of a driving term row: that its listing has the segment's term (the driving row itself has
    /// it; another term's row of the same listing is one probe of the key), and that the segment's text is confirmed in
    /// the listing's search text. Null when the driving row alone answers.
    /// </summary>
    private Expression<Func<SearchRow, bool>>? Predicate(TermLookup lookup, bool drives)
    {
        var (term, check) = lookup;
        if (drives) return check is null ? null : Confirmed(check);
        var texts = db.Set<ActiveListingText>();
        var rowsOfTerm = db.Set<ListingSearchTerm>().Where(o => o.Term == term);
        if (check is not null)
            rowsOfTerm = rowsOfTerm.Where(o => texts.Where(s => s.Number == o.Number).Select(s => s.Text).FirstOrDefault()!.Contains(check));
        return t => rowsOfTerm.Any(o => o.ValidFrom == t.ValidFrom && o.Number == t.Number);
    }

    private async Task<string> RarestAsync(IReadOnlyList<string> candidates, CancellationToken ct)
    {
        if (candidates.Count == 1) return candidates[0];
        return await cache.GetOrCreateAsync("rarest\u0001" + string.Join('\u0001', candidates), async () =>
        {
            var terms = db.Set<ListingSearchTerm>();
            var (best, bestCount) = (candidates[0], int.MaxValue);
            foreach (var term in candidates)
            {
                // Ordered by the term itself (one value here): EF Core warns of a Take without an order, and which rows are
                // counted does not matter, only how many, up to the cap — any index on the term serves it without a sort.
                var count = await terms.Where(t => t.Term == term).OrderBy(t => t.Term).Take(Math.Min(bestCount, RarestTermCap)).CountAsync(ct);
                if (count < bestCount) (best, bestCount) = (term, count);
                if (count == 0) break;
            }
            return best;
        });
    }

    private IQueryable<CatalogListing> ListingsOf(IQueryable<string> numbers) =>
        db.Set<CatalogListing>().AsNoTracking().Where(l => numbers.Contains(l.Number));

    private IQueryable<CatalogListing> ListingsOf(IQueryable<SearchRow> rows) => ListingsOf(rows.Select(t => t.Number));

    /// <summary>A sort the caller asked for: "field [asc|desc]" with a known field; null means the default order.</summary>
    private sealed record SortOrder(string Field, bool Descending)
    {
        public static SortOrder? Parse(string? sorting) =>
            (sorting ?? "").Trim().Split(' ', StringSplitOptions.RemoveEmptyEntries) is [var field, .. var rest] && SortFields.ContainsKey(field)
                ? new SortOrder(field, rest is [var direction, ..] && direction.Equals("desc", StringComparison.OrdinalIgnoreCase))
                : null;
    }

    /// <summary>The index rows in the order asked, or null when the sort key is a name (not in the index rows).</summary>
    private static IQueryable<SearchRow>? TermSort(IQueryable<SearchRow> rows, string? sorting)
    {
        if (SortOrder.Parse(sorting) is not { } order) return rows.OrderByDescending(t => t.ValidFrom).ThenBy(t => t.Number);
        if (!TermSortFields.TryGetValue(order.Field, out var key)) return null;
        return (order.Descending ? rows.OrderByDescending(key) : rows.OrderBy(key)).ThenBy(t => t.Number);
    }

    private static string FacetKey(ListingQuery q) => string.Join('\u0001', ["facets", q.Keyword.Key, "|", q.Catalog?.ToString() ?? "",
        string.IsNullOrWhiteSpace(q.CategoryCode) ? "" : q.CategoryCode, q.JurisdictionId?.ToString() ?? "", q.EnterpriseId?.ToString() ?? "",
        q.ValidOn.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture)]);

    private static IQueryable<CatalogListing> Sort(IQueryable<CatalogListing> query, string? sorting)
    {
        if (SortOrder.Parse(sorting) is not { } order) return query.OrderByDescending(l => l.ValidFrom).ThenBy(l => l.Number);
        var key = SortFields[order.Field];
        var ordered = order.Descending ? query.OrderByDescending(key) : query.OrderBy(key);
        // Number is unique: paging is stable whatever the first key.
        return ordered.ThenBy(l => l.Number);
    }
}
