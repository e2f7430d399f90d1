namespace RobotPlan.ListingSearch;

/// <summary>
/// One row of the bigram/unigram index (ADR 0006). Only Active listings have rows, so a term lookup already leaves out
/// suspended, revoked and expired ones; the key (Term, ListingId) is the index a lookup reads.
/// </summary>
public sealed class ListingSearchTerm
{
    public string Term { get; private set; } = null!;
    public Guid ListingId { get; private set; }

    private ListingSearchTerm() { }

    public ListingSearchTerm(string term, Guid listingId)
    {
        Term = term;
        ListingId = listingId;
    }
}
