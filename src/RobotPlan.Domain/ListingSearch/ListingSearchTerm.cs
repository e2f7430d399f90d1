using RobotPlan.CatalogListings;
using RobotPlan.Catalogs;

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

    private ListingSearchTerm() { }

    public ListingSearchTerm(string term, CatalogListing listing)
    {
        Term = term;
        ListingId = listing.Id;
        Catalog = listing.Catalog;
        CategoryCode = listing.CategoryCode;
        JurisdictionId = listing.JurisdictionId;
        EnterpriseId = listing.EnterpriseId;
        ValidFrom = listing.ValidFrom;
        ValidTo = listing.ValidTo;
        Number = listing.Number;
    }
}
