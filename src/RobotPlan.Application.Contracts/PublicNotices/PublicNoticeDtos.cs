using RobotPlan.Validation;
using C = RobotPlan.PublicNotices.PublicNoticeConsts;

namespace RobotPlan.PublicNotices;

/// <summary>A catalog batch's notice (BatchId, Catalog) or a subsidy programme's (ProgramId); entries name the file by SubjectId (an application or a claim, as Subject says).</summary>
public sealed record PublicNoticeDto(
    Guid Id, Guid? BatchId, string Title, CatalogKind? Catalog, DateTime PublishedAt, DateOnly StartsOn, DateOnly EndsOn,
    DateTime EndsAtUtc, int WorkingDays, bool IsOpen, IReadOnlyList<NoticeEntryDto> Entries,
    NoticeSubject Subject = NoticeSubject.CatalogApplication, Guid? ProgramId = null);

public sealed record NoticeEntryDto(Guid SubjectId, string? EnterpriseName, string? ProductName, string? ProductModel, bool IsWithdrawn);

/// <summary>What the reviewer sees; the public only gets a receipt.</summary>
public sealed record ObjectionDto(
    Guid Id, Guid NoticeId, Guid SubjectId, string? ProductName, string? EnterpriseName, string RealName, string Organisation,
    string ContactPhone, string Reason, Guid? EvidenceFileId, DateTime SubmittedAt, ObjectionStatus Status, string? Resolution,
    DateTime? ResolvedAt, NoticeSubject Subject = NoticeSubject.CatalogApplication);

public sealed record ObjectionReceiptDto(Guid Id, DateTime SubmittedAt);

public sealed class DecideBatchDto
{
    [Required]
    public Guid? BatchId { get; set; }
}

/// <summary>A file waiting for the decision that a rule now blocks, with each failed rule's localized reason code .</summary>
public sealed record BlockedFileDto(Guid ApplicationId, string ConcurrencyStamp, string? EnterpriseName, string? ProductName,
    IReadOnlyList<CatalogApplications.EligibilityCheckDto> Failures);

public sealed class CreateObjectionDto
{
    [Required]
    public Guid? SubjectId { get; set; }

    [Required, StringLength(C.MaxNameLength)]
    public string RealName { get; set; } = "";

    [Required, StringLength(C.MaxOrganisationLength)]
    public string Organisation { get; set; } = "";

    [Required, StringLength(C.MaxPhoneLength), ChinesePhone]
    public string ContactPhone { get; set; } = "";

    /// <summary>What is wrong and why: a few words at least (issue #16 item 7; one character is no objection).</summary>
    [Required, StringLength(C.MaxReasonLength, MinimumLength = C.MinReasonLength)]
    public string Reason { get; set; } = "";
}

public sealed class ResolveObjectionDto
{
    [Required, StringLength(C.MaxResolutionLength)]
    public string Reason { get; set; } = "";
}

public sealed class GetPublicNoticesInput : PagedAndSortedResultRequestDto
{
    /// <summary>Only notices whose objection window is open now.</summary>
    public bool OpenOnly { get; set; }
}
