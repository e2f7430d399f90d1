using RobotPlan.CatalogListings;

namespace RobotPlan.ListingSearch;

/// <summary>R-18 buyer search over Active listings valid on a date, served from the term index.</summary>
public interface IListingSearchRepository
{
    Task<ListingSearchResult> SearchAsync(ListingQuery query, CancellationToken ct = default);
    /// <summary>Every matching row in sort order, read as it is written out (exports of 100,000 rows).</summary>
    IAsyncEnumerable<CatalogListing> StreamAsync(ListingQuery query, CancellationToken ct = default);
    /// <summary>Replaces a listing's terms: its text's when it is Active, none otherwise.</summary>
    Task ReindexAsync(CatalogListing listing, CancellationToken ct = default);
}

public sealed record ListingQuery(KeywordPlan Keyword, CatalogKind? Catalog, string? CategoryCode, Guid? JurisdictionId,
    Guid? EnterpriseId, DateOnly ValidOn, string? Sorting, int SkipCount, int MaxResultCount);

public sealed record ListingSearchResult(int TotalCount, IReadOnlyList<ListingSearchRow> Items, IReadOnlyList<ListingFacetRow> FacetRows);

/// <summary>
/// The columns of a listing a result page shows (and the saved-search digest reads): the page is read as these, not as
/// whole <see cref="CatalogListing"/> entities (P-1: no description, search text or aggregate construction per row).
/// </summary>
public sealed record ListingSearchRow(string Number, CatalogKind Catalog, string ProductName, string ProductModel, string CategoryCode,
    Guid EnterpriseId, string EnterpriseName, Guid JurisdictionId, DateOnly ValidFrom, DateOnly ValidTo, DateTime CreationTime);

/// <summary>One group of the matching set; category, catalog and jurisdiction counts are sums over these.</summary>
public sealed record ListingFacetRow(string CategoryCode, CatalogKind Catalog, Guid JurisdictionId, int Count);
