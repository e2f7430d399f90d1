
namespace RobotPlan.CatalogListings;

public interface ICatalogListingRepository
{
    Task<CatalogListing?> FindAsync(Guid id, CancellationToken ct = default);
    Task<CatalogListing?> FindByNumberAsync(string number, CancellationToken ct = default);
    Task<(int TotalCount, List<CatalogListing> Items)> GetPageAsync(CatalogListingFilter filter, CancellationToken ct = default);
    /// <summary>Active or Suspended listings whose validTo is on or before <paramref name="today"/>.</summary>
    Task<List<CatalogListing>> GetDueForExpiryAsync(DateOnly today, int max, CancellationToken ct = default);
    /// <summary>Active, not yet warned listings whose validTo is after <paramref name="today"/> and on or before <paramref name="warnUntil"/>.</summary>
    Task<List<CatalogListing>> GetDueForWarningAsync(DateOnly today, DateOnly warnUntil, int max, CancellationToken ct = default);
    /// <summary>Every listing published in the catalog's year, by number, read as it is written out.</summary>
    IAsyncEnumerable<CatalogListing> StreamPublishedAsync(CatalogKind catalog, int year, CancellationToken ct = default);
    /// <summary>
    /// The next number of the (catalog, year) counter: one conditional UPDATE of its row, which holds the row's write lock
    /// until the caller's transaction ends (SQLite: the single writer; PostgreSQL: the row lock), so numbers are gap-free.
    /// </summary>
    Task<int> NextSequenceAsync(CatalogKind catalog, int year, CancellationToken ct = default);
    Task<bool> ExistsForApplicationAsync(Guid applicationId, CancellationToken ct = default);
    Task AddAsync(CatalogListing listing, CancellationToken ct = default);
}

public sealed record CatalogListingFilter(string? Number, CatalogKind? Catalog, CatalogListingStatus? Status, Guid? EnterpriseId,
    string? Sorting, int SkipCount, int MaxResultCount);
