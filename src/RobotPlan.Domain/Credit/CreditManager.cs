namespace RobotPlan.Credit;

/// <summary>Records credit facts: resolves the subject from its register, and starts a record already due at once .</summary>
public class CreditManager(ICreditRecordRepository records, IEnterpriseRepository enterprises, IProductRepository products,
    IReferenceDataRepository referenceData, TimeProvider clock)
{
    public async Task<CreditSubject> ResolveAsync(CreditSubjectKind kind, Guid id, CancellationToken ct = default)
    {
        CreditSubject? subject = kind switch
        {
            CreditSubjectKind.Enterprise => await enterprises.FindAsync(id, ct) is { } e ? new(kind, e.Id, e.LegalName, e.Uscc, null) : null,
            CreditSubjectKind.Product => await products.FindAsync(id, ct) is { } p
                ? new(kind, p.Id, $"{p.Name} {p.Model}", (await enterprises.FindAsync(p.EnterpriseId, ct))?.Uscc, p.EnterpriseId) : null,
            CreditSubjectKind.TestingBody => await referenceData.FindTestingBodyAsync(id, ct) is { } t ? new(kind, t.Id, t.Name, t.Uscc, null) : null,
            CreditSubjectKind.CertificationBody => await referenceData.FindCertificationBodyAsync(id, ct) is { } c
                ? new(kind, c.Id, c.Name, c.Uscc, null) : null,
            _ => null,
        };
        return subject ?? throw new BusinessException(CreditErrorCodes.SubjectNotFound, "subjectId");
    }

    /// <summary>Adds the record; one whose period has begun takes effect in the same save (its effects with it).</summary>
    public async Task<CreditRecord> RecordAsync(CreditRecord record, CancellationToken ct = default)
    {
        record.ApplyDates(clock.Today(), clock.GetUtcNow().UtcDateTime);
        await records.AddAsync(record, ct);
        return record;
    }

    /// <summary>Append-only correction: the new record is added and the old one ends, pointing at it.</summary>
    public async Task<CreditRecord> CorrectAsync(CreditRecord old, Func<Guid, CreditRecord> correction, string? reason, CancellationToken ct = default)
    {
        var replacement = correction(old.Id);
        old.End(reason, replacement.DocumentNumber, clock.Today(), clock.GetUtcNow().UtcDateTime);
        old.MarkCorrectedBy(replacement.Id);
        return await RecordAsync(replacement, ct);
    }
}
