using System.ComponentModel.DataAnnotations;
using RobotPlan.Dtos;

namespace RobotPlan.CatalogListings;

public sealed record CatalogListingDto(
    Guid Id, string Number, CatalogKind Catalog, int Year, Guid ProductId, string ProductName, string ProductModel, string CategoryCode,
    Guid EnterpriseId, string EnterpriseName, Guid JurisdictionId, Guid ApplicationId, DateOnly ValidFrom, DateOnly ValidTo,
    int ValidityYears, CatalogListingStatus Status, IReadOnlyList<Guid> ReliedOnReportIds, IReadOnlyList<CatalogListingStatusChangeDto> History,
    string ConcurrencyStamp);

public sealed record CatalogListingStatusChangeDto(CatalogListingStatus? From, CatalogListingStatus To, string Reason, string? DocumentNumber,
    DateOnly DocumentDate, Guid? ActorId, DateTime ChangedAt);

/// <summary>R-17: every manual listing change names its reason and the official document (文号, date) behind it.</summary>
public abstract class ListingChangeDocumentDto
{
    [Required, StringLength(CatalogListingConsts.MaxReasonLength)]
    public string Reason { get; set; } = "";

    [Required, StringLength(CatalogListingConsts.MaxDocumentNumberLength)]
    public string DocumentNumber { get; set; } = "";

    [Required]
    public DateOnly? DocumentDate { get; set; }
}

public sealed class ChangeListingStatusDto : ListingChangeDocumentDto
{
    [StringLength(40)]
    public string? ConcurrencyStamp { get; set; }
}

public sealed class GetCatalogListingsInput : PagedAndSortedResultRequestDto
{
    [StringLength(CatalogListingConsts.MaxNumberLength)]
    public string? Number { get; set; }

    public CatalogKind? Catalog { get; set; }

    public CatalogListingStatus? Status { get; set; }
}
