using RobotPlan.CatalogListings;

namespace RobotPlan.ListingSearch;

/// <summary>
/// One row of the bigram/unigram index (ADR 0006). Only Active listings have rows, so a term lookup already leaves out
/// suspended, revoked and expired ones. Each row carries copies of its listing's filter, facet and sort columns
/// (all fixed when the listing is published), so a keyword's total, facets and page are one range of one index — no
/// probe back into the listings per match.
/// </summary>
public sealed class ListingSearchTerm
{
    public string Term { get; private set; } = null!;
    public Guid ListingId { get; private set; }
    public CatalogKind Catalog { get; private set; }
    public string CategoryCode { get; private set; } = null!;
    public Guid JurisdictionId { get; private set; }
    public Guid EnterpriseId { get; private set; }
    public DateOnly ValidFrom { get; private set; }
    public DateOnly ValidTo { get; private set; }
    public string Number { get; private set; } = null!;

    /// <summary>
    /// For a CJK bigram, the text around each of its occurrences in the listing (SearchTerms.Contexts): a longer keyword
    /// segment is confirmed here, inside the index, instead of in the listing's text. Null for other terms, or when the
    /// bigram occurs too often to keep them.
    /// </summary>
    public string? Contexts { get; private set; }

    private ListingSearchTerm() { }

    public ListingSearchTerm(string term, string? contexts, CatalogListing listing)
    {
        Term = term;
        Contexts = contexts;
        ListingId = listing.Id;
        Catalog = listing.Catalog;
        CategoryCode = listing.CategoryCode;
        JurisdictionId = listing.JurisdictionId;
        EnterpriseId = listing.EnterpriseId;
        ValidFrom = listing.ValidFrom;
        ValidTo = listing.ValidTo;
        Number = listing.Number;
    }

    public void UpdateContexts(string? contexts) => Contexts = contexts;
}
