namespace RobotPlan.ListingSearch;

/// <summary>
/// PostgreSQL's form of the term index (ADR 0006, P-8): one row per Active listing with all its terms in one array
/// (GIN-indexed) beside the listing's filter, facet and sort columns — the same facts as its ~117
/// <see cref="ListingSearchTerm"/> rows, which on a PostgreSQL heap cost ~28 bytes of tuple header each. Only Active
/// listings have a row; every column is fixed at publication. It also carries the search text that confirms a
/// keyword longer than a trigram: read in the row the GIN lookup already visits, instead of one probe per candidate
/// into SQLite's <see cref="ActiveListingText"/> (P-1, 3+ characters at 100,000: 37.8 → 13.3 ms for the facets).
/// </summary>
public sealed class ListingSearchDocument
{
    public string Number { get; private set; } = null!;
    public DateOnly ValidFrom { get; private set; }
    public DateOnly ValidTo { get; private set; }
    public CatalogKind Catalog { get; private set; }
    public string CategoryCode { get; private set; } = null!;
    public Guid JurisdictionId { get; private set; }
    public string[] Terms { get; private set; } = [];
    public string Text { get; private set; } = null!;

    private ListingSearchDocument() { }

    public ListingSearchDocument(CatalogListing listing)
    {
        Number = listing.Number;
        ValidFrom = listing.ValidFrom;
        ValidTo = listing.ValidTo;
        Catalog = listing.Catalog;
        CategoryCode = listing.CategoryCode;
        JurisdictionId = listing.JurisdictionId;
        // The term rows' terms without the empty one: a search without a keyword takes every document. Sorted, so a
        // listing always gives the same array.
        Terms = [.. SearchTerms.ForIndexRows(listing.SearchText).Where(t => t != SearchTerms.EveryListing).Order(StringComparer.Ordinal)];
        Text = listing.SearchText;
    }
}
