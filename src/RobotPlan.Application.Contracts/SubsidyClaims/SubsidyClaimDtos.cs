using System.ComponentModel.DataAnnotations;
using RobotPlan.Dtos;
using RobotPlan.SubsidyPrograms;
using RobotPlan.SubsidyAwards;
using C = RobotPlan.SubsidyClaims.SubsidyClaimConsts;

namespace RobotPlan.SubsidyClaims;

public sealed record SubsidyClaimDto(
    Guid Id, Guid ProgramId, string? ProgramTitle, SubsidyKind Kind, Guid EnterpriseId, string? EnterpriseName, Guid ProductId,
    string? ProductName, string? ProductModel, Guid? PolicyId, RewardPurchaseDto? Purchase, IReadOnlyList<ClaimDocumentDto> Documents,
    SubsidyClaimStatus Status, DateTime StatusChangedAt, DateTime? SubmittedAt, string? StatusReason, decimal? Amount, decimal? ReservedAmount,
    Guid? NoticeId, Guid? AwardId, IReadOnlyList<SubsidyClaimHistoryDto> History, DateTime CreationTime, string ConcurrencyStamp)
{
    /// <summary>The acts the caller may take on the claim now (R-36's table and the caller's permissions); the service checks again.</summary>
    public IReadOnlyList<SubsidyClaimAct> AllowedActions { get; init; } = [];
}

public sealed record ClaimProgramDto(Guid Id, int Year, SubsidyKind Kind, string Title, DateTime OpensAtUtc, DateTime ClosesAtUtc);

public sealed record ClaimProductDto(Guid ProductId, string ListingNumber, string ProductName, string ProductModel, string EnterpriseName);

public sealed record RewardPurchaseDto(Guid ProductId, string SerialNumber, string BuyerUscc, string ContractNumber, DateOnly ContractDate,
    DateOnly DeliveryDate, decimal ContractPrice);

public sealed record ClaimDocumentDto(ClaimDocumentKind Kind, Guid FileId, string FileName);

/// <summary>R-62: one state change.</summary>
public sealed record SubsidyClaimHistoryDto(Guid? ActorId, string ActorName, string ActorRole, Guid? ActorJurisdictionId, DateTime At,
    SubsidyClaimStatus From, SubsidyClaimStatus To, string? Comment);

public sealed record ClaimCheckDto(ClaimRule Rule, bool Passed, string? SerialNumber, string ReasonCode);

/// <summary>The pre-check: every rule with pass/fail, and the amount the current parameters would give.</summary>
public sealed record ClaimPreCheckDto(bool IsEligible, IReadOnlyList<ClaimCheckDto> Checks, ClaimComputationDto? Estimate);

/// <summary>The explain view of a decision: inputs, parameter version and values, computation lines, amount.</summary>
public sealed record ClaimComputationDto(SubsidyKind Kind, int ParameterVersion, SubsidyParametersDto Parameters, decimal? PremiumPaid,
    decimal? SumInsured, decimal? AlreadyCompensated, decimal? ContractPrice, IReadOnlyList<SubsidyEstimateLineDto> Lines, decimal Amount);

public sealed record AwardExplanationDto(Guid AwardId, Guid ClaimId, Guid ProgramId, string? ProgramTitle, SubsidyKind Kind,
    string? PayeeName, decimal Amount, AwardStatus Status, DateTime ApprovedAtUtc, ClaimComputationDto? Explanation,
    decimal? RecomputedAmount);

/// <summary>A claim waiting for the current reviewer, with its deadline (R-36 steps).</summary>
public sealed record ClaimTaskDto(Guid ClaimId, Guid ProgramId, string? ProgramTitle, SubsidyKind Kind, string? EnterpriseName,
    string? ProductName, SubsidyClaimStatus Status, DateTime WaitingSince, DateOnly Deadline, bool Overdue);

public sealed class CreateCompensationClaimDto
{
    [Required] public Guid? ProgramId { get; set; }
    [Required] public Guid? PolicyId { get; set; }
}

/// <summary>R-34: the unit the buyer bought and put into use.</summary>
public sealed class RewardPurchaseInput
{
    [Required] public Guid? ProductId { get; set; }
    [Required, StringLength(C.MaxSerialNumberLength)] public string SerialNumber { get; set; } = "";
    [Required, StringLength(C.MaxContractNumberLength)] public string ContractNumber { get; set; } = "";
    [Required] public DateOnly? ContractDate { get; set; }
    /// <summary>Accepted and put into use.</summary>
    [Required] public DateOnly? DeliveryDate { get; set; }
    [Range(typeof(decimal), "0.01", "100000000000")] public decimal ContractPrice { get; set; }
}

public sealed class CreateRewardClaimDto
{
    [Required] public Guid? ProgramId { get; set; }
    [Required] public RewardPurchaseInput Purchase { get; set; } = new();
}

public sealed class UpdateRewardClaimDto
{
    [Required] public RewardPurchaseInput Purchase { get; set; } = new();
    [Required, StringLength(40)] public string ConcurrencyStamp { get; set; } = "";
}

public class ClaimTransitionDto
{
    [Required, StringLength(40)] public string ConcurrencyStamp { get; set; } = "";
    [StringLength(C.MaxCommentLength)] public string? Comment { get; set; }
}

public sealed class ClaimReasonTransitionDto
{
    [Required, StringLength(40)] public string ConcurrencyStamp { get; set; } = "";
    [Required, StringLength(C.MaxReasonLength)] public string Reason { get; set; } = "";
}

public sealed class GetSubsidyClaimsInput : PagedAndSortedResultRequestDto
{
    public Guid? ProgramId { get; set; }
    [EnumDataType(typeof(SubsidyKind))] public SubsidyKind? Kind { get; set; }
    [EnumDataType(typeof(SubsidyClaimStatus))] public SubsidyClaimStatus? Status { get; set; }
}
