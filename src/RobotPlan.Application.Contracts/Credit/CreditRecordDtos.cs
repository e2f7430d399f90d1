using C = RobotPlan.Credit.CreditConsts;

namespace RobotPlan.Credit;

public sealed record CreditRecordDto(
    Guid Id, CreditSubjectKind SubjectKind, Guid SubjectId, string SubjectName, string? SubjectUscc, Guid? SubjectEnterpriseId,
    CreditRecordKind Kind, string Reason, string DocumentNumber, DateOnly DocumentDate, DateOnly EffectiveFrom, DateOnly? EffectiveTo,
    CreditRecordState State, CreditRecordSource Source, string? SourceReference, DateTime? StartedAt, DateTime? EndedAt, string? EndReason,
    string? EndDocumentNumber, Guid? CorrectsId, Guid? CorrectedById, DateTime CreationTime, string ConcurrencyStamp);

/// <summary>What the public may see (as 信用中国 publishes): the subject, the fact, the document, the period. No internal ids.</summary>
public sealed record PublicCreditRecordDto(
    CreditSubjectKind SubjectKind, string SubjectName, string? SubjectUscc, CreditRecordKind Kind, string Reason, string DocumentNumber,
    DateOnly DocumentDate, DateOnly EffectiveFrom, DateOnly? EffectiveTo);

public class CreditRecordFieldsDto
{
    [Required]
    public CreditRecordKind? Kind { get; set; }

    [Required, StringLength(C.MaxReasonLength)]
    public string Reason { get; set; } = "";

    [Required, StringLength(C.MaxDocumentNumberLength)]
    public string DocumentNumber { get; set; } = "";

    [Required]
    public DateOnly? DocumentDate { get; set; }

    [Required]
    public DateOnly? EffectiveFrom { get; set; }

    public DateOnly? EffectiveTo { get; set; }
}

/// <summary>The subject by its id, or by its USCC (enterprises, testing and certification bodies; a product has none of its own).</summary>
public sealed class CreateCreditRecordDto : CreditRecordFieldsDto
{
    [Required]
    public CreditSubjectKind? SubjectKind { get; set; }

    public Guid? SubjectId { get; set; }

    /// <summary>Used when <see cref="SubjectId"/> is not given (R-1: validated, trimmed and upper-cased).</summary>
    [StringLength(C.MaxSubjectUsccInputLength)]
    public string? SubjectUscc { get; set; }
}

/// <summary>A subject the records page can pick: registered enterprises, products (with their maker) and bodies.</summary>
public sealed record CreditSubjectDto(CreditSubjectKind Kind, Guid Id, string Name, string? Uscc, string? EnterpriseName);

public sealed class GetCreditSubjectsInput
{
    [Required]
    public CreditSubjectKind? SubjectKind { get; set; }

    /// <summary>Part of the name (a product's name or model) or of the USCC.</summary>
    [Required, StringLength(64)]
    public string? Keyword { get; set; }
}

/// <summary>A correction is a new record about the same subject; the old one ends pointing at it.</summary>
public sealed class CorrectCreditRecordDto : CreditRecordFieldsDto
{
    [StringLength(40)]
    public string? ConcurrencyStamp { get; set; }
}

public sealed class EndCreditRecordDto
{
    [Required, StringLength(C.MaxReasonLength)]
    public string Reason { get; set; } = "";

    [Required, StringLength(C.MaxDocumentNumberLength)]
    public string DocumentNumber { get; set; } = "";

    [StringLength(40)]
    public string? ConcurrencyStamp { get; set; }
}

public sealed class GetCreditRecordsInput : PagedAndSortedResultRequestDto
{
    public CreditSubjectKind? SubjectKind { get; set; }
    public Guid? SubjectId { get; set; }
    public CreditRecordKind? Kind { get; set; }
    public CreditRecordState? State { get; set; }

    /// <summary>Records about this enterprise or its products (its page).</summary>
    public Guid? EnterpriseId { get; set; }

    [StringLength(64)]
    public string? Keyword { get; set; }
}

public sealed class GetPublicCreditRecordsInput : PagedAndSortedResultRequestDto
{
    [StringLength(64)]
    public string? Keyword { get; set; }

    /// <summary>Records about this enterprise or its products (its public page).</summary>
    public Guid? EnterpriseId { get; set; }

    public CreditSubjectKind? SubjectKind { get; set; }
}

public enum CreditExchangeFormat
{
    Xlsx = 0,
    Csv = 1,
}

public enum CreditImportOutcome
{
    Accepted = 0,
    /// <summary>Valid, but already recorded (a re-import) or about a subject RobotPlan does not know.</summary>
    Skipped = 1,
    Refused = 2,
}

public sealed record CreditImportRowDto(int RowNumber, CreditImportOutcome Outcome, string? SubjectName, string? DocumentNumber,
    IReadOnlyList<string> Messages);

/// <summary>All or nothing: <see cref="Imported"/> is false when any row was refused, and then nothing was saved.</summary>
public sealed record CreditImportReportDto(bool Imported, int Accepted, int Skipped, int Refused, IReadOnlyList<CreditImportRowDto> Rows);
