namespace RobotPlan.ListingSearch;

/// <summary>
/// The normalized search text of one Active listing, by number (ADR 0006): a keyword segment longer than a trigram is
/// found through its rarest term and confirmed here, candidate by candidate. A narrow row (number and text, ~0.2 KB)
/// instead of the listing's own (~1 KB with its other columns) is what keeps those thousands of probes within P-1.
/// Written and removed with the listing's term rows, so it exists exactly when they do.
/// </summary>
public sealed class ActiveListingText
{
    public string Number { get; private set; } = null!;
    public string Text { get; private set; } = null!;

    private ActiveListingText() { }

    public ActiveListingText(CatalogListing listing)
    {
        Number = listing.Number;
        Text = listing.SearchText;
    }
}
