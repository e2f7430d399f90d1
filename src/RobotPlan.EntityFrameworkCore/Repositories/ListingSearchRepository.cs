using System.Linq.Expressions;
using System.Runtime.CompilerServices;
using Microsoft.EntityFrameworkCore;
using RobotPlan.CatalogListings;
using RobotPlan.EntityFrameworkCore.ListingSearch;
using RobotPlan.ListingSearch;

namespace RobotPlan.EntityFrameworkCore.Repositories;

/// <summary>
/// ADR 0006: a keyword segment is one index lookup on ListingSearchTerms — its only term, or its rarest one — and a
/// segment that one term does not pin down exactly is checked with Contains on the candidates only. With a keyword, the
/// term rows carry the listing's filter, facet and sort columns: total and facets are one GROUP BY over one term's range
/// of IX_ListingSearchTerms_Search, the page an ordered scan of the same range that stops after the page; only the
/// page's rows are read in full. Without a keyword the same two queries run on IX_CatalogListings_Search(Order).
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

    /// <summary>The sort keys the term rows carry; a name sort goes back to the listings (and their collation).</summary>
    private static readonly Dictionary<string, Expression<Func<ListingSearchTerm, object?>>> TermSortFields = new(StringComparer.OrdinalIgnoreCase)
    {
        ["number"] = t => t.Number,
        ["validFrom"] = t => t.ValidFrom,
        ["validTo"] = t => t.ValidTo,
    };

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
        var generation = cache.Generation;
        var lookups = await LookupsAsync(query, ct);
        // Remembered for at most a minute per keyword, filters and day, forgotten on any listing status change.
        var key = FacetKey(query);
        IQueryable<Guid> pageIds;
        if (lookups.Count == 0)
        {
            var filtered = Filter(query, lookups);
            if (!cache.TryGet(key, out List<ListingFacetRow> all))
            {
                all = await filtered.GroupBy(l => new { l.CategoryCode, l.Catalog, l.JurisdictionId })
                    .Select(g => new ListingFacetRow(g.Key.CategoryCode, g.Key.Catalog, g.Key.JurisdictionId, g.Count())).ToListAsync(ct);
                cache.Set(key, generation, all);
            }
            if (all.Count == 0) return new ListingSearchResult(0, [], all);
            pageIds = Sort(filtered, query.Sorting).Skip(query.SkipCount).Take(query.MaxResultCount).Select(l => l.Id);
            return await PageAsync(all, pageIds, query.Sorting, ct);
        }
        var rows = await MatchingTermRowsAsync(query, lookups, ct);
        if (!cache.TryGet(key, out List<ListingFacetRow> facets))
        {
            facets = await rows.GroupBy(t => new { t.CategoryCode, t.Catalog, t.JurisdictionId })
                .Select(g => new ListingFacetRow(g.Key.CategoryCode, g.Key.Catalog, g.Key.JurisdictionId, g.Count())).ToListAsync(ct);
            cache.Set(key, generation, facets);
        }
        if (facets.Count == 0) return new ListingSearchResult(0, [], facets);
        pageIds = TermSort(rows, query.Sorting) is { } sorted
            ? sorted.Skip(query.SkipCount).Take(query.MaxResultCount).Select(t => t.ListingId)
            : Sort(db.Set<CatalogListing>().AsNoTracking().Where(l => rows.Select(t => t.ListingId).Contains(l.Id)), query.Sorting)
                .Skip(query.SkipCount).Take(query.MaxResultCount).Select(l => l.Id);
        return await PageAsync(facets, pageIds, query.Sorting, ct);
    }

    private async Task<ListingSearchResult> PageAsync(List<ListingFacetRow> facets, IQueryable<Guid> pageIds, string? sorting, CancellationToken ct)
    {
        // Only the page's rows are read, and only the columns a page shows: no entity is built (P-1).
        var items = await Sort(db.Set<CatalogListing>().AsNoTracking().Where(l => pageIds.Contains(l.Id)), sorting)
            .Select(l => new ListingSearchRow(l.Number, l.Catalog, l.ProductName, l.ProductModel, l.CategoryCode, l.EnterpriseId,
                l.EnterpriseName, l.JurisdictionId, l.ValidFrom, l.ValidTo, l.CreationTime))
            .ToListAsync(ct);
        return new ListingSearchResult(facets.Sum(f => f.Count), items, facets);
    }

    /// <summary>
    /// The driving term's rows valid on the day and inside the filters; every other segment is a probe of the term key
    /// (Term, ListingId) per candidate. A segment one term does not pin down is confirmed in its term row's contexts when
    /// they cover it (inside the index), else — or when the bigram kept none — with Contains on the listing's SearchText.
    /// </summary>
    private async Task<IQueryable<ListingSearchTerm>> MatchingTermRowsAsync(ListingQuery q, List<TermLookup> lookups, CancellationToken ct)
    {
        var terms = db.Set<ListingSearchTerm>();
        var driver = lookups.Count == 1 ? lookups[0].Term : await RarestAsync([.. lookups.Select(l => l.Term).Distinct()], ct);
        var validOn = q.ValidOn;
        var rows = terms.AsNoTracking().Where(t => t.Term == driver && t.ValidFrom <= validOn && t.ValidTo > validOn);
        if (q.Catalog is { } catalog) rows = rows.Where(t => t.Catalog == catalog);
        if (!string.IsNullOrWhiteSpace(q.CategoryCode)) rows = rows.Where(t => t.CategoryCode == q.CategoryCode);
        if (q.JurisdictionId is { } jurisdiction) rows = rows.Where(t => t.JurisdictionId == jurisdiction);
        if (q.EnterpriseId is { } enterprise) rows = rows.Where(t => t.EnterpriseId == enterprise);
        var listings = db.Set<CatalogListing>();
        foreach (var (term, check, inContexts) in lookups)
        {
            if (term == driver)
            {
                if (check is null) continue;
                rows = inContexts
                    ? rows.Where(t => t.Contexts != null
                        ? t.Contexts.Contains(check)
                        : listings.Any(l => l.Id == t.ListingId && l.SearchText.Contains(check)))
                    : rows.Where(t => listings.Any(l => l.Id == t.ListingId && l.SearchText.Contains(check)));
            }
            else if (check is null) rows = rows.Where(t => terms.Any(o => o.Term == term && o.ListingId == t.ListingId));
            else if (inContexts)
                rows = rows.Where(t => terms.Any(o => o.Term == term && o.ListingId == t.ListingId && (o.Contexts != null
                    ? o.Contexts.Contains(check)
                    : listings.Any(l => l.Id == t.ListingId && l.SearchText.Contains(check)))));
            else
                rows = rows.Where(t => terms.Any(o => o.Term == term && o.ListingId == t.ListingId)
                    && listings.Any(l => l.Id == t.ListingId && l.SearchText.Contains(check)));
        }
        return rows;
    }

    public async IAsyncEnumerable<CatalogListing> StreamAsync(ListingQuery query, [EnumeratorCancellation] CancellationToken ct)
    {
        var filtered = Filter(query, await LookupsAsync(query, ct));
        await foreach (var listing in Sort(filtered, query.Sorting).AsAsyncEnumerable().WithCancellation(ct))
            yield return listing;
    }

    public async Task ReindexAsync(CatalogListing listing, CancellationToken ct)
    {
        cache.Invalidate();
        var terms = db.Set<ListingSearchTerm>();
        var wanted = listing.Status == CatalogListingStatus.Active
            ? SearchTerms.ForIndexWithContexts(listing.SearchText)
            : new Dictionary<string, string?>();
        // A new listing has no rows yet; an existing one keeps the rows it still needs (no delete-then-insert of one key).
        var existing = db.Entry(listing).State == EntityState.Added ? [] : await terms.Where(t => t.ListingId == listing.Id).ToListAsync(ct);
        terms.RemoveRange(existing.Where(t => !wanted.ContainsKey(t.Term)));
        foreach (var row in existing)
        {
            if (wanted.TryGetValue(row.Term, out var contexts) && row.Contexts != contexts) row.UpdateContexts(contexts);
        }
        var kept = existing.Select(t => t.Term).ToHashSet(StringComparer.Ordinal);
        await terms.AddRangeAsync(wanted.Where(t => !kept.Contains(t.Key)).Select(t => new ListingSearchTerm(t.Key, t.Value, listing)), ct);
    }

    /// <summary>
    /// Per keyword segment: the one term to look up, the text still to check (null when the term is exact), and whether
    /// that term's contexts can do the check.
    /// </summary>
    private async Task<List<TermLookup>> LookupsAsync(ListingQuery q, CancellationToken ct)
    {
        var lookups = new List<TermLookup>();
        foreach (var segment in SearchTerms.ForQuery(q.Keyword))
        {
            // Anything longer than one term is checked for real, which implies every one of its terms: one term lookup
            // (the rarest) is enough to find the candidates, and intersecting the others (机器, 器人 are in nearly every
            // listing) would only cost. A bigram whose contexts cover the segment is preferred: its check is index-only.
            if (segment.IsExact) lookups.Add(new TermLookup(segment.Terms[0], null, false));
            else if (segment.ContextTerms is { Count: > 0 } covering) lookups.Add(new TermLookup(await RarestAsync(covering, ct), segment.Text, true));
            else lookups.Add(new TermLookup(await RarestAsync(segment.Terms, ct), segment.Text, false));
        }
        return lookups;
    }

    private sealed record TermLookup(string Term, string? Check, bool InContexts);

    private IQueryable<CatalogListing> Filter(ListingQuery q, List<TermLookup> lookups)
    {
        var validOn = q.ValidOn;
        // Active and inside the validity on the day asked about.
        var listings = db.Set<CatalogListing>().AsNoTracking()
            .Where(l => l.Status == CatalogListingStatus.Active && l.ValidFrom <= validOn && l.ValidTo > validOn);
        if (q.Catalog is { } catalog) listings = listings.Where(l => l.Catalog == catalog);
        if (!string.IsNullOrWhiteSpace(q.CategoryCode)) listings = listings.Where(l => l.CategoryCode == q.CategoryCode);
        if (q.JurisdictionId is { } jurisdiction) listings = listings.Where(l => l.JurisdictionId == jurisdiction);
        if (q.EnterpriseId is { } enterprise) listings = listings.Where(l => l.EnterpriseId == enterprise);
        var terms = db.Set<ListingSearchTerm>();
        foreach (var (term, check, _) in lookups)
        {
            listings = listings.Where(l => terms.Where(t => t.Term == term).Select(t => t.ListingId).Contains(l.Id));
            if (check is not null) listings = listings.Where(l => l.SearchText.Contains(check));
        }
        return listings;
    }

    /// <summary>
    /// Counted up to a cap, so a term in every listing costs no more than a rare one: a narrow index range each.
    /// </summary>
    private async Task<string> RarestAsync(IReadOnlyList<string> candidates, CancellationToken ct)
    {
        if (candidates.Count == 1) return candidates[0];
        var key = "rarest\u0001" + string.Join('\u0001', candidates);
        var generation = cache.Generation;
        if (cache.TryGet(key, out string cached)) return cached;
        var terms = db.Set<ListingSearchTerm>();
        string best = candidates[0];
        var bestCount = int.MaxValue;
        foreach (var term in candidates)
        {
            var cap = Math.Min(bestCount, RarestTermCap);
            var count = await terms.Where(t => t.Term == term).Take(cap).CountAsync(ct);
            if (count < bestCount)
            {
                best = term;
                bestCount = count;
            }
            if (count == 0) break;
        }
        cache.Set(key, generation, best);
        return best;
    }

    private const int RarestTermCap = 20_000;

    /// <summary>The term rows in the order asked, or null when the sort key is a name (not in the term rows).</summary>
    private static IQueryable<ListingSearchTerm>? TermSort(IQueryable<ListingSearchTerm> rows, string? sorting)
    {
        var parts = (sorting ?? "").Trim().Split(' ', StringSplitOptions.RemoveEmptyEntries);
        if (parts.Length == 0 || !SortFields.ContainsKey(parts[0]))
            return rows.OrderByDescending(t => t.ValidFrom).ThenBy(t => t.Number);
        if (!TermSortFields.TryGetValue(parts[0], out var key)) return null;
        var descending = parts.Length > 1 && parts[1].Equals("desc", StringComparison.OrdinalIgnoreCase);
        return (descending ? rows.OrderByDescending(key) : rows.OrderBy(key)).ThenBy(t => t.Number);
    }

    private static string FacetKey(ListingQuery q) => string.Join('\u0001', ["facets",
        .. SearchTerms.ForQuery(q.Keyword).Select(s => s.Text), "|", q.Catalog?.ToString() ?? "", string.IsNullOrWhiteSpace(q.CategoryCode) ? "" : q.CategoryCode,
        q.JurisdictionId?.ToString() ?? "", q.EnterpriseId?.ToString() ?? "", q.ValidOn.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture)]);

    private static IQueryable<CatalogListing> Sort(IQueryable<CatalogListing> query, string? sorting)
    {
        var parts = (sorting ?? "").Trim().Split(' ', StringSplitOptions.RemoveEmptyEntries);
        if (parts.Length == 0 || !SortFields.TryGetValue(parts[0], out var key))
            return query.OrderByDescending(l => l.ValidFrom).ThenBy(l => l.Number);
        var descending = parts.Length > 1 && parts[1].Equals("desc", StringComparison.OrdinalIgnoreCase);
        var ordered = descending ? query.OrderByDescending(key) : query.OrderBy(key);
        // Number is unique: paging is stable whatever the first key.
        return ordered.ThenBy(l => l.Number);
    }
}
