using System.Linq.Expressions;
using System.Runtime.CompilerServices;
using Microsoft.EntityFrameworkCore;
using RobotPlan.CatalogListings;
using RobotPlan.Catalogs;
using RobotPlan.ListingSearch;

namespace RobotPlan.EntityFrameworkCore.Repositories;

/// <summary>
/// ADR 0006: each keyword term is an index lookup on ListingSearchTerms (Term, ListingId); the terms of a segment are
/// intersected (one IN per term), and a segment the terms do not pin down exactly is checked with Contains on the
/// candidates only. Total and facets come from one GROUP BY, the page from a second query.
/// </summary>
internal sealed class ListingSearchRepository(RobotPlanDbContext db) : IListingSearchRepository
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
        var filtered = Filter(query);
        var facets = await filtered
            .GroupBy(l => new { l.CategoryCode, l.Catalog, l.JurisdictionId })
            .Select(g => new ListingFacetRow(g.Key.CategoryCode, g.Key.Catalog, g.Key.JurisdictionId, g.Count()))
            .ToListAsync(ct);
        var total = facets.Sum(f => f.Count);
        var items = total == 0 ? [] : await Sort(filtered, query.Sorting).Skip(query.SkipCount).Take(query.MaxResultCount).ToListAsync(ct);
        return new ListingSearchResult(total, items, facets);
    }

    public async IAsyncEnumerable<CatalogListing> StreamAsync(ListingQuery query, [EnumeratorCancellation] CancellationToken ct)
    {
        await foreach (var listing in Sort(Filter(query), query.Sorting).AsAsyncEnumerable().WithCancellation(ct))
            yield return listing;
    }

    public async Task ReindexAsync(CatalogListing listing, CancellationToken ct)
    {
        var terms = db.Set<ListingSearchTerm>();
        var wanted = listing.Status == CatalogListingStatus.Active ? SearchTerms.ForIndex(listing.SearchText) : new HashSet<string>();
        // A new listing has no rows yet; an existing one keeps the rows it still needs (no delete-then-insert of one key).
        var existing = db.Entry(listing).State == EntityState.Added ? [] : await terms.Where(t => t.ListingId == listing.Id).ToListAsync(ct);
        terms.RemoveRange(existing.Where(t => !wanted.Contains(t.Term)));
        var kept = existing.Select(t => t.Term).ToHashSet(StringComparer.Ordinal);
        await terms.AddRangeAsync(wanted.Where(t => !kept.Contains(t)).Select(t => new ListingSearchTerm(t, listing.Id)), ct);
    }

    private IQueryable<CatalogListing> Filter(ListingQuery q)
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
        foreach (var segment in SearchTerms.ForQuery(q.Keyword))
        {
            foreach (var term in segment.Terms)
                listings = listings.Where(l => terms.Where(t => t.Term == term).Select(t => t.ListingId).Contains(l.Id));
            // One unigram, one bigram or one whole Latin prefix is exact already; anything longer is checked for real.
            if (segment.Terms.Count > 1 || segment.Terms[0] != segment.Text)
            {
                var text = segment.Text;
                listings = listings.Where(l => l.SearchText.Contains(text));
            }
        }
        return listings;
    }

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
