using System.ComponentModel.DataAnnotations;
using RobotPlan.CatalogListings;

namespace RobotPlan.ListingSearch;

/// <summary>R-18 buyer search. The keyword is plain text: quotes, *, -, AND, %, _ carry no meaning (ADR 0006).</summary>
public sealed class SearchListingsInput
{
    public const int MaxPageSize = 100;

    [StringLength(100)]
    public string? Keyword { get; set; }

    public CatalogKind? Catalog { get; set; }

    [StringLength(32)]
    public string? Category { get; set; }

    public Guid? Jurisdiction { get; set; }

    public Guid? Enterprise { get; set; }

    /// <summary>Listings valid on this date; today (Asia/Shanghai) when empty.</summary>
    [Range(typeof(DateOnly), "2000-01-01", "2100-12-31")]
    public DateOnly? ValidOn { get; set; }

    // Deep pages are no use to a buyer and cost a scan: the export is the way to the whole result.
    [Range(0, 10_000)]
    public int SkipCount { get; set; }

    [Range(1, MaxPageSize)]
    public int MaxResultCount { get; set; } = 20;

    /// <summary>number, validFrom, validTo, productName or enterpriseName, optionally followed by " desc".</summary>
    [StringLength(64)]
    public string? Sorting { get; set; }
}

public sealed record ListingSearchItemDto(string Number, CatalogKind Catalog, string ProductName, string ProductModel, string CategoryCode,
    string? CategoryName, Guid EnterpriseId, string EnterpriseName, Guid JurisdictionId, string? JurisdictionName, DateOnly ValidFrom,
    DateOnly ValidTo);

public sealed record FacetCountDto(string Value, string? Name, int Count);

public sealed record ListingFacetsDto(IReadOnlyList<FacetCountDto> Category, IReadOnlyList<FacetCountDto> Catalog,
    IReadOnlyList<FacetCountDto> Jurisdiction);

public sealed record ListingSearchResultDto(int TotalCount, IReadOnlyList<ListingSearchItemDto> Items, ListingFacetsDto Facets);

/// <summary>The public record of one listing: stays reachable when suspended, revoked or expired, and says so .</summary>
public sealed record PublicListingDto(string Number, CatalogKind Catalog, CatalogListingStatus Status, bool IsSearchable,
    string ProductName, string ProductModel, string? CategoryName, string? Description, IReadOnlyList<PublicSpecificationDto> Specifications,
    string EnterpriseName, string? JurisdictionName, DateOnly ValidFrom, DateOnly ValidTo, IReadOnlyList<PublicStatusChangeDto> History,
    IReadOnlyList<PublicTestReportDto> Reports);

public sealed record PublicSpecificationDto(string Name, string Value, string? Unit);

public sealed record PublicStatusChangeDto(CatalogListingStatus To, string Reason, string? DocumentNumber, DateOnly DocumentDate);

public sealed record PublicTestReportDto(Guid Id, string Number, string? TestingBodyName, DateOnly IssuedOn, string Conclusion);

/// <summary>The published list of one catalog year (Excel).</summary>
public sealed class PublishedListingsInput
{
    [Required]
    public CatalogKind? Catalog { get; set; }

    [Required, Range(2000, 2100)]
    public int? Year { get; set; }
}
