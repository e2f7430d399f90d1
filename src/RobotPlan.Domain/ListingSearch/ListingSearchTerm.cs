namespace RobotPlan.ListingSearch;

/// <summary>
/// One row of the term index (ADR 0006): a term (unigram, bigram, trigram, Latin prefix or the empty term) of one Active
/// listing — only Active listings have rows, so a term lookup already leaves out suspended, revoked and expired ones
/// . The key (Term, ValidFrom desc, Number) is the order a keyword's rows are read in, and the row carries the
/// listing's filter and facet columns (all fixed when the listing is published), so a keyword's total, facets and page
/// are one range of one B-tree. Number (unique, fixed) is the way back to the listing.
/// </summary>
public sealed class ListingSearchTerm
{
    public string Term { get; private set; } = null!;
    public DateOnly ValidFrom { get; private set; }
    public string Number { get; private set; } = null!;
    public DateOnly ValidTo { get; private set; }
    public CatalogKind Catalog { get; private set; }
    public string CategoryCode { get; private set; } = null!;
    public Guid JurisdictionId { get; private set; }

    private ListingSearchTerm() { }

    public ListingSearchTerm(string term, CatalogListing listing)
    {
        Term = term;
        ValidFrom = listing.ValidFrom;
        Number = listing.Number;
        ValidTo = listing.ValidTo;
        Catalog = listing.Catalog;
        CategoryCode = listing.CategoryCode;
        JurisdictionId = listing.JurisdictionId;
    }
}
