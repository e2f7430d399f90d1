using RobotPlan.ListingSearch;

namespace RobotPlan.CatalogListings;

/// <summary>Keeps the term index in step with the listing in the same save: only Active listings have terms .</summary>
public sealed class ListingSearchIndexer(IListingSearchRepository search) : IDomainEventHandler<CatalogListingStatusChanged>
{
    public Task HandleAsync(CatalogListingStatusChanged domainEvent, CancellationToken cancellationToken) =>
        search.ReindexAsync(domainEvent.Listing, cancellationToken);
}
