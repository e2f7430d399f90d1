using System.ComponentModel.DataAnnotations;
using RobotPlan.CatalogListings;
using RobotPlan.Dtos;
using RobotPlan.SubsidyPrograms;
using RobotPlan.TestReports;
using C = RobotPlan.Units.UnitConsts;

namespace RobotPlan.Units;

public sealed record ProductUnitDto(Guid Id, Guid EnterpriseId, Guid ProductId, string SerialNumber, DateOnly? ManufactureDate, string? BuyerName,
    string? BuyerUscc, DateOnly? DeliveryDate, string? InstallationSite, UnitSource Source, IReadOnlyList<QualityIncidentDto> Incidents,
    string ConcurrencyStamp);

public sealed record QualityIncidentDto(Guid Id, IncidentReporterKind ReporterKind, string ReporterName, DateOnly OccurredOn, IncidentSeverity Severity,
    string Description, Guid? EvidenceFileId, DateTime ReportedAt, DateTime? ListingsSuspendedAt);

public sealed class RegisterUnitDto
{
    [Required]
    public Guid? ProductId { get; set; }

    [Required, StringLength(C.MaxSerialNumberLength)]
    public string SerialNumber { get; set; } = "";

    public DateOnly? ManufactureDate { get; set; }

    [StringLength(C.MaxBuyerNameLength)]
    public string? BuyerName { get; set; }

    [StringLength(18)]
    public string? BuyerUscc { get; set; }

    public DateOnly? DeliveryDate { get; set; }

    [StringLength(C.MaxSiteLength)]
    public string? InstallationSite { get; set; }
}

public sealed class ReportIncidentDto
{
    [Required]
    public DateOnly? OccurredOn { get; set; }

    [Required]
    public IncidentSeverity? Severity { get; set; }

    [Required, StringLength(C.MaxDescriptionLength)]
    public string Description { get; set; } = "";
}

/// <summary>R-17: the one-step suspension names its document like any manual listing change.</summary>
public sealed class SuspendForIncidentDto : ListingChangeDocumentDto;

public sealed class GetUnitsInput : PagedAndSortedResultRequestDto
{
    [StringLength(C.MaxSerialNumberLength)]
    public string? SerialNumber { get; set; }

    public Guid? ProductId { get; set; }
}

/// <summary>A serial number's whole story on one page: product, listings, evidence, insurance, claims, awards, incidents.</summary>
public sealed record UnitTraceDto(ProductUnitDto Unit, TraceProductDto Product, IReadOnlyList<TraceListingDto> Listings,
    IReadOnlyList<TraceTestReportDto> TestReports, IReadOnlyList<TracePolicyDto> Policies, IReadOnlyList<TraceClaimDto> Claims,
    IReadOnlyList<TraceAwardDto> Awards);

public sealed record TraceProductDto(Guid Id, string Name, string Model, string CategoryCode, Guid EnterpriseId, string EnterpriseName);

public sealed record TraceListingDto(Guid Id, string Number, RobotPlan.CatalogListings.CatalogKind Catalog, RobotPlan.CatalogListings.CatalogListingStatus Status, DateOnly ValidFrom,
    DateOnly ValidTo);

public sealed record TraceTestReportDto(Guid Id, string Number, Guid TestingBodyId, DateOnly IssuedOn, DateOnly? ExpiresOn, TestReportStatus Status,
    bool ReliedOnByListing);

public sealed record TracePolicyDto(Guid Id, string Insurer, string PolicyNumber, int PolicyYear, DateOnly PeriodStart, DateOnly PeriodEnd,
    string ContractNumber, decimal UnitValue);

public sealed record TraceClaimDto(Guid Id, string Kind, string Status, DateTime? SubmittedAt);

public sealed record TraceAwardDto(Guid Id, Guid ClaimId, SubsidyKind Kind, decimal Amount, RobotPlan.SubsidyAwards.AwardStatus Status);
