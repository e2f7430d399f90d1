using System.ComponentModel.DataAnnotations;
using RobotPlan.Dtos;
using RobotPlan.Files;
using C = RobotPlan.Enterprises.EnterpriseVerificationConsts;

namespace RobotPlan.Enterprises;

/// <summary>R-62: one step of a verification or a dispute (actor, role, jurisdiction, UTC time, from→to, comment).</summary>
public sealed record VerificationHistoryDto(string ActorName, string ActorRole, Guid? ActorJurisdictionId, DateTime At,
    string From, string To, string? Comment);

/// <summary>Where an enterprise stands with its district's verification, the licence it submitted and the history.</summary>
public sealed record EnterpriseVerificationDto(Guid EnterpriseId, string Uscc, string LegalName, Guid JurisdictionId, string? JurisdictionName,
    EnterpriseVerificationStatus Status, string? LegalRepresentative, StoredFileDto? BusinessLicence, string? RejectionReason,
    IReadOnlyList<VerificationHistoryDto> History, string ConcurrencyStamp);

/// <summary>Sent with the business licence (营业执照, PDF or image) as multipart form data.</summary>
public sealed class SubmitVerificationDto
{
    [Required, StringLength(C.MaxLegalRepresentativeLength)]
    public string LegalRepresentative { get; set; } = "";
}

public sealed class DecideVerificationDto
{
    [StringLength(C.MaxReasonLength)]
    public string? Comment { get; set; }

    [Required, StringLength(40)]
    public string ConcurrencyStamp { get; set; } = "";
}

public sealed class RejectVerificationDto
{
    [Required, StringLength(C.MaxReasonLength)]
    public string Reason { get; set; } = "";

    [Required, StringLength(40)]
    public string ConcurrencyStamp { get; set; } = "";
}

/// <summary>
/// The real enterprise's claim to a squatted USCC, filed with a new sign-in account and its business licence (multipart).
/// </summary>
public sealed class FileUsccDisputeDto
{
    [Required, StringLength(64, MinimumLength = 3), RegularExpression("^[A-Za-z0-9_.@-]+$")]
    public string UserName { get; set; } = "";

    [Required, StringLength(128, MinimumLength = 8)]
    public string Password { get; set; } = "";

    [Required, StringLength(64)]
    public string DisplayName { get; set; } = "";

    [Required, EmailAddress, StringLength(EnterpriseConsts.MaxEmailLength)]
    public string Email { get; set; } = "";

    [Required, StringLength(32)]
    public string Uscc { get; set; } = "";

    [Required, StringLength(EnterpriseConsts.MaxLegalNameLength)]
    public string LegalName { get; set; } = "";

    [Required, StringLength(C.MaxLegalRepresentativeLength)]
    public string LegalRepresentative { get; set; } = "";

    [Required, StringLength(C.MaxStatementLength)]
    public string Statement { get; set; } = "";
}

public sealed record UsccDisputeReceiptDto(Guid Id, Guid UserId, string Uscc);

public sealed record UsccDisputeDto(Guid Id, string Uscc, Guid EnterpriseId, string? CurrentLegalName, Guid ClaimantUserId,
    string? ClaimantUserName, string ClaimantLegalName, string LegalRepresentative, Guid LicenceFileId, string Statement,
    UsccDisputeStatus Status, DateTime CreationTime, IReadOnlyList<VerificationHistoryDto> History, string ConcurrencyStamp);

public sealed class GetUsccDisputesInput : PagedAndSortedResultRequestDto
{
    public UsccDisputeStatus? Status { get; set; }
}

public sealed class DecideUsccDisputeDto
{
    [StringLength(C.MaxReasonLength)]
    public string? Comment { get; set; }

    [Required, StringLength(40)]
    public string ConcurrencyStamp { get; set; } = "";
}

public sealed class DismissUsccDisputeDto
{
    [Required, StringLength(C.MaxReasonLength)]
    public string Reason { get; set; } = "";

    [Required, StringLength(40)]
    public string ConcurrencyStamp { get; set; } = "";
}
