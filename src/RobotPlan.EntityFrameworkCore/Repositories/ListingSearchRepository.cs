using System.Linq.Expressions;
using System.Runtime.CompilerServices;
using Microsoft.EntityFrameworkCore;
using RobotPlan.CatalogListings;
using RobotPlan.Catalogs;
using RobotPlan.EntityFrameworkCore.ListingSearch;
using RobotPlan.ListingSearch;

namespace RobotPlan.EntityFrameworkCore.Repositories;

/// <summary>
/// ADR 0006: a keyword segment is one index lookup on ListingSearchTerms (Term, ListingId) — its only term, or its
/// rarest one — and a segment that one term does not pin down exactly is checked with Contains on the candidates only.
/// Total and facets come from one GROUP BY, the page's ids from a second query, both index-only on
/// IX_CatalogListings_Search; only the page's rows are read in full.
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

    public async Task<ListingSearchResult> SearchAsync(ListingQuery query, CancellationToken ct)
    {
        var generation = cache.Generation;
        var lookups = await LookupsAsync(query, ct);
        var filtered = Filter(query, lookups, walk: false);
        // A common keyword (thousands of matches) and an early page: walk the Active listings in the default order on
        // IX_CatalogListings_SearchOrder and probe the term index per listing until the page is full — a few hundred
        // probes instead of one per match. The term test is a scalar subquery so that PostgreSQL cannot turn it into
        // a semi-join driven by the terms (its estimate of a term's frequency is far too low). Not with a Contains check:
        // SearchText is not in the index, and SQLite then scans and sorts every Active row (measured 150 ms);
        // PostgreSQL keeps the ordered walk (measured 20 ms against 32 ms for 3+ characters).
        var filteredForWalk = Filter(query, lookups, walk: true);
        // Total and facets: one GROUP BY that reads only the term index and IX_CatalogListings_Search (covering);
        // remembered for at most a minute per keyword, filters and day, forgotten on any listing status change.
        var key = FacetKey(query);
        if (!cache.TryGet(key, out List<ListingFacetRow> facets))
        {
            facets = await filtered
                .GroupBy(l => new { l.CategoryCode, l.Catalog, l.JurisdictionId })
                .Select(g => new ListingFacetRow(g.Key.CategoryCode, g.Key.Catalog, g.Key.JurisdictionId, g.Count()))
                .ToListAsync(ct);
            cache.Set(key, generation, facets);
        }
        var total = facets.Sum(f => f.Count);
        if (total == 0) return new ListingSearchResult(0, [], facets);
        // The page: its ids are sorted and cut from the same covering index (dates and numbers), and only those rows
        // are read in full — not every match's wide row, as a plain ORDER BY … LIMIT over the listings would.
        var pageIds = Sort(IsDefaultSort(query.Sorting) && (lookups.All(x => x.Check is null) || !db.Database.IsSqlite()) && total >= ListingSearchTuning.WalkMinimumTotal
                && (long)(query.SkipCount + query.MaxResultCount) * ListingSearchTuning.WalkRatio <= total
                ? filteredForWalk : filtered, query.Sorting)
            .Skip(query.SkipCount).Take(query.MaxResultCount).Select(l => l.Id);
        var items = await Sort(db.Set<CatalogListing>().AsNoTracking().Where(l => pageIds.Contains(l.Id)), query.Sorting).ToListAsync(ct);
        return new ListingSearchResult(total, items, facets);
    }

    public async IAsyncEnumerable<CatalogListing> StreamAsync(ListingQuery query, [EnumeratorCancellation] CancellationToken ct)
    {
        var filtered = Filter(query, await LookupsAsync(query, ct), walk: false);
        await foreach (var listing in Sort(filtered, query.Sorting).AsAsyncEnumerable().WithCancellation(ct))
            yield return listing;
    }

    public async Task ReindexAsync(CatalogListing listing, CancellationToken ct)
    {
        cache.Invalidate();
        var terms = db.Set<ListingSearchTerm>();
        var wanted = listing.Status == CatalogListingStatus.Active ? SearchTerms.ForIndex(listing.SearchText) : new HashSet<string>();
        // A new listing has no rows yet; an existing one keeps the rows it still needs (no delete-then-insert of one key).
        var existing = db.Entry(listing).State == EntityState.Added ? [] : await terms.Where(t => t.ListingId == listing.Id).ToListAsync(ct);
        terms.RemoveRange(existing.Where(t => !wanted.Contains(t.Term)));
        var kept = existing.Select(t => t.Term).ToHashSet(StringComparer.Ordinal);
        await terms.AddRangeAsync(wanted.Where(t => !kept.Contains(t)).Select(t => new ListingSearchTerm(t, listing.Id)), ct);
    }

    /// <summary>Per keyword segment: the one term to look up, and the text to check with Contains (null when exact).</summary>
    private async Task<List<(string Term, string? Check)>> LookupsAsync(ListingQuery q, CancellationToken ct)
    {
        var lookups = new List<(string, string?)>();
        foreach (var segment in SearchTerms.ForQuery(q.Keyword))
        {
            // One unigram, one bigram or one whole Latin prefix is exact already; anything longer is checked for real
            // with Contains, which implies every one of its terms: one term lookup (the rarest) is enough to find the
            // candidates, and intersecting the others (机器, 器人 are in nearly every listing) would only cost.
            var exact = segment.Terms.Count == 1 && segment.Terms[0] == segment.Text;
            lookups.Add(exact ? (segment.Terms[0], null) : (await RarestAsync(segment.Terms, ct), segment.Text));
        }
        return lookups;
    }

    private IQueryable<CatalogListing> Filter(ListingQuery q, List<(string Term, string? Check)> lookups, bool walk)
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
        foreach (var (term, check) in lookups)
        {
            listings = walk
                ? listings.Where(l => terms.Where(t => t.Term == term && t.ListingId == l.Id).Select(t => (int?)1).FirstOrDefault() != null)
                : listings.Where(l => terms.Where(t => t.Term == term).Select(t => t.ListingId).Contains(l.Id));
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

    private static bool IsDefaultSort(string? sorting)
    {
        var parts = (sorting ?? "").Trim().Split(' ', StringSplitOptions.RemoveEmptyEntries);
        return parts.Length == 0 || !SortFields.ContainsKey(parts[0]);
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
