using E = RobotPlan.Credit.CreditErrorCodes;

namespace RobotPlan.Credit;

/// <summary>
/// 信用记录: one fact about a subject's credit, from an official document, for a period. Append-only: nothing
/// in it is edited after creation; it only starts (on its date) and ends (on its date, or when a reviewer ends or
/// corrects it — a correction is a new record that ends this one). Starting and ending raise the events R-61's effects
/// hang on, so the effects follow the record the moment its state changes.
/// </summary>
public class CreditRecord : AggregateRoot
{
    public CreditSubjectKind SubjectKind { get; private set; }
    public Guid SubjectId { get; private set; }
    /// <summary>The subject's name and USCC when recorded: the public list is a record of that moment.</summary>
    public string SubjectName { get; private set; } = null!;
    public string? SubjectUscc { get; private set; }
    /// <summary>For a product: its enterprise, so the enterprise's public page can show it.</summary>
    public Guid? SubjectEnterpriseId { get; private set; }
    public CreditRecordKind Kind { get; private set; }
    public string Reason { get; private set; } = null!;
    public string DocumentNumber { get; private set; } = null!;
    public DateOnly DocumentDate { get; private set; }
    public DateOnly EffectiveFrom { get; private set; }
    /// <summary>Exclusive; null: until ended by a reviewer.</summary>
    public DateOnly? EffectiveTo { get; private set; }
    public CreditRecordState State { get; private set; }
    public CreditRecordSource Source { get; private set; }
    /// <summary>The award (fraud finding) or import file the record came from.</summary>
    public string? SourceReference { get; private set; }
    public DateTime? StartedAt { get; private set; }
    public DateTime? EndedAt { get; private set; }
    public string? EndReason { get; private set; }
    public string? EndDocumentNumber { get; private set; }
    /// <summary>The record this one corrects (and ended); the old one points back through <see cref="CorrectedById"/>.</summary>
    public Guid? CorrectsId { get; private set; }
    public Guid? CorrectedById { get; private set; }

    public bool IsBlacklist => Kind == CreditRecordKind.SeriousDishonesty;

    private CreditRecord() { }

    public CreditRecord(CreditSubject subject, CreditRecordKind kind, string? reason, string? documentNumber, DateOnly documentDate,
        DateOnly effectiveFrom, DateOnly? effectiveTo, CreditRecordSource source, string? sourceReference, Guid? correctsId = null)
    {
        if (string.IsNullOrWhiteSpace(reason)) throw new BusinessException(E.ReasonRequired, "reason");
        if (string.IsNullOrWhiteSpace(documentNumber)) throw new BusinessException(E.DocumentRequired, "documentNumber");
        if (effectiveTo is { } to && to <= effectiveFrom) throw new BusinessException(E.PeriodInvalid, "effectiveTo");
        if (!Enum.IsDefined(kind)) throw new BusinessException(E.PeriodInvalid, "kind");
        SubjectKind = subject.Kind;
        SubjectId = subject.Id;
        SubjectName = subject.Name;
        SubjectUscc = subject.Uscc;
        SubjectEnterpriseId = subject.EnterpriseId;
        Kind = kind;
        Reason = reason.Trim();
        DocumentNumber = documentNumber.Trim();
        DocumentDate = documentDate;
        EffectiveFrom = effectiveFrom;
        EffectiveTo = effectiveTo;
        Source = source;
        SourceReference = sourceReference;
        CorrectsId = correctsId;
        State = CreditRecordState.Pending;
    }

    /// <summary>In force on <paramref name="date"/> by its dates (what the job moves it to).</summary>
    public bool CoversDate(DateOnly date) => EffectiveFrom <= date && (EffectiveTo is null || date < EffectiveTo);

    /// <summary>
    /// The job (and creation) moves the record to what its dates say on <paramref name="today"/>; false when nothing
    /// changed, so a re-run changes nothing. A record whose whole period passed before it started ends without effects.
    /// </summary>
    public bool ApplyDates(DateOnly today, DateTime now)
    {
        switch (State)
        {
            case CreditRecordState.Pending when CoversDate(today):
                State = CreditRecordState.InForce;
                StartedAt = now;
                AddDomainEvent(new CreditRecordTookEffect(this));
                return true;
            case CreditRecordState.Pending when EffectiveTo is { } to && today >= to:
                EndWith(now, "R-60", null, raise: false);
                return true;
            case CreditRecordState.InForce when EffectiveTo is { } end && today >= end:
                EndWith(now, "R-60", null, raise: true);
                return true;
            default:
                return false;
        }
    }

    /// <summary>A reviewer ends the record early (repealed, or replaced by a correction): effects are reversed at once.</summary>
    public void End(string? reason, string? documentNumber, DateOnly today, DateTime now)
    {
        if (State == CreditRecordState.Ended) throw new BusinessException(E.AlreadyEnded);
        if (string.IsNullOrWhiteSpace(reason)) throw new BusinessException(E.ReasonRequired, "reason");
        if (string.IsNullOrWhiteSpace(documentNumber)) throw new BusinessException(E.DocumentRequired, "documentNumber");
        if (EffectiveTo is null || EffectiveTo > today) EffectiveTo = today > EffectiveFrom ? today : EffectiveFrom.AddDays(1);
        EndWith(now, reason.Trim(), documentNumber.Trim(), raise: State == CreditRecordState.InForce);
    }

    internal void MarkCorrectedBy(Guid correctionId) => CorrectedById = correctionId;

    private void EndWith(DateTime now, string reason, string? documentNumber, bool raise)
    {
        State = CreditRecordState.Ended;
        EndedAt = now;
        EndReason = reason;
        EndDocumentNumber = documentNumber;
        if (raise) AddDomainEvent(new CreditRecordEnded(this));
    }
}

/// <summary>Who a record is about, as resolved from the registers (name and USCC snapshot).</summary>
public sealed record CreditSubject(CreditSubjectKind Kind, Guid Id, string Name, string? Uscc, Guid? EnterpriseId);

/// <summary>A search hit for the records page; a product's maker is named so two products of one name can be told apart.</summary>
public sealed record CreditSubjectMatch(CreditSubject Subject, string? EnterpriseName);

/// <summary>The record started to apply (R-61's effects start now).</summary>
public sealed record CreditRecordTookEffect(CreditRecord Record) : IDomainEvent;

/// <summary>The record stopped applying (R-61's effects are reversed now).</summary>
public sealed record CreditRecordEnded(CreditRecord Record) : IDomainEvent;
