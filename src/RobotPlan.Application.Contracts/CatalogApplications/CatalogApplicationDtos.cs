using C = RobotPlan.CatalogApplications.CatalogApplicationConsts;

namespace RobotPlan.CatalogApplications;

public sealed record CatalogApplicationDto(
    Guid Id, Guid BatchId, string? BatchTitle, CatalogKind Catalog, Guid EnterpriseId, string? EnterpriseName, Guid ProductId,
    string? ProductName, string? ProductModel, CatalogApplicationStatus Status, DateTime StatusChangedAt, DateTime? SubmittedAt,
    string? StatusReason, decimal? ExpertMeanScore, Guid? ListingId, FirstUnitFormDto? FirstUnit, KeyProcurementFormDto? KeyProcurement,
    IReadOnlyList<CatalogAttachmentDto> Attachments, IReadOnlyList<CatalogApplicationHistoryDto> History, DateTime CreationTime,
    string ConcurrencyStamp)
{
    /// <summary>The acts the caller may take on the file now (R-11's table and the caller's permissions); the service checks again.</summary>
    public IReadOnlyList<CatalogApplicationAct> AllowedActions { get; init; } = [];
}

public sealed record CatalogAttachmentDto(CatalogAttachmentKind Kind, Guid FileId, string FileName);

/// <summary>R-62: one state change as everyone entitled to the file sees it.</summary>
public sealed record CatalogApplicationHistoryDto(Guid? ActorId, string ActorName, string ActorRole, Guid? ActorJurisdictionId,
    DateTime At, CatalogApplicationStatus From, CatalogApplicationStatus To, string? Comment);

public sealed record EligibilityCheckDto(EligibilityRule Rule, bool Passed, string ReasonCode);

public sealed record EligibilityDto(bool IsEligible, IReadOnlyList<EligibilityCheckDto> Checks);

public sealed class TechnicalIndicatorDto
{
    [Required, StringLength(C.MaxTextLength), Display(Name = "CatalogPage:IndicatorName")]
    public string Name { get; set; } = "";

    [Required, StringLength(C.MaxTextLength), Display(Name = "CatalogPage:IndicatorValue")]
    public string Value { get; set; } = "";

    [EnumDataType(typeof(TechnologyLevel))]
    public TechnologyLevel DomesticLevel { get; set; }

    [EnumDataType(typeof(TechnologyLevel))]
    public TechnologyLevel InternationalLevel { get; set; }
}

public sealed class PatentDto
{
    [Required, StringLength(C.MaxTextLength), Display(Name = "CatalogPage:PatentNumber")]
    public string Number { get; set; } = "";

    [Required, StringLength(C.MaxTextLength), Display(Name = "CatalogPage:PatentTitle")]
    public string Title { get; set; } = "";
}

/// <summary>首台（套）form.</summary>
public sealed class FirstUnitFormDto
{
    [Required, MinLength(1), MaxLength(C.MaxIndicators)]
    public List<TechnicalIndicatorDto> Indicators { get; set; } = [];

    [Required, StringLength(C.MaxContractNumberLength)]
    public string FirstSaleContractNumber { get; set; } = "";

    [Required]
    public DateOnly? FirstSaleDate { get; set; }

    [MaxLength(C.MaxPatents)]
    public List<PatentDto> Patents { get; set; } = [];

    [Range(typeof(decimal), "0", "100")]
    public decimal KeyPartLocalisationRate { get; set; }
}

public sealed class KeyProcurementFormDto
{
    /// <summary>Yuan, rounded to the fen.</summary>
    [Range(typeof(decimal), "0.01", "100000000000")]
    public decimal Price { get; set; }

    [Range(1, int.MaxValue)]
    public int AnnualCapacity { get; set; }

    [Required, StringLength(C.MaxServiceLength)]
    public string AfterSalesService { get; set; } = "";
}

/// <summary>The form of the batch's catalog; the other one must be left out.</summary>
public class CatalogApplicationFormInput
{
    public FirstUnitFormDto? FirstUnit { get; set; }

    public KeyProcurementFormDto? KeyProcurement { get; set; }
}

public sealed class CreateCatalogApplicationDto : CatalogApplicationFormInput
{
    [Required]
    public Guid? BatchId { get; set; }

    [Required]
    public Guid? ProductId { get; set; }
}

public sealed class UpdateCatalogApplicationDto : CatalogApplicationFormInput
{
    [Required, StringLength(40)]
    public string ConcurrencyStamp { get; set; } = "";
}

/// <summary>Submit, withdraw, approve: the version the actor saw, and an optional comment for the history.</summary>
public class CatalogTransitionDto
{
    [Required, StringLength(40)]
    public string ConcurrencyStamp { get; set; } = "";

    [StringLength(C.MaxCommentLength)]
    public string? Comment { get; set; }
}

/// <summary>Return and reject need a reason.</summary>
public sealed class CatalogReasonTransitionDto
{
    [Required, StringLength(40)]
    public string ConcurrencyStamp { get; set; } = "";

    [Required, StringLength(C.MaxReasonLength)]
    public string Reason { get; set; } = "";
}

public sealed class GetCatalogApplicationsInput : PagedAndSortedResultRequestDto
{
    public Guid? BatchId { get; set; }

    [EnumDataType(typeof(CatalogKind))]
    public CatalogKind? Catalog { get; set; }

    [EnumDataType(typeof(CatalogApplicationStatus))]
    public CatalogApplicationStatus? Status { get; set; }

    public Guid? ProductId { get; set; }
}

/// <summary>
/// A file waiting for the current reviewer, with its step deadline in working days: working days left (negative once
/// past) and how urgent it is; the district is the applicant's.
/// </summary>
public sealed record CatalogTaskDto(Guid ApplicationId, Guid BatchId, string? BatchTitle, CatalogKind Catalog, string? EnterpriseName,
    string? ProductName, CatalogApplicationStatus Status, DateTime WaitingSince, DateOnly Deadline, bool IsOverdue,
    Guid? DistrictId, string? DistrictName, int WorkingDaysLeft, RobotPlan.Reviews.ReviewUrgency Urgency);
