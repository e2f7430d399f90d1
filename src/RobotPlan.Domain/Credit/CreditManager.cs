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

    /// <summary>
    /// The subject by its USCC (R-1: trimmed, upper-cased, check character verified). A product is chosen by id: the
    /// USCC it would carry is its maker's, which names the enterprise, not one product.
    /// </summary>
    public async Task<CreditSubject> ResolveByUsccAsync(CreditSubjectKind kind, string input, CancellationToken ct = default)
    {
        if (kind == CreditSubjectKind.Product) throw new BusinessException(CreditErrorCodes.ProductHasNoUscc, "subjectUscc");
        var uscc = Uscc.Normalize(input) ?? throw new BusinessException(CreditErrorCodes.SubjectUsccInvalid, "subjectUscc");
        Guid? id = kind switch
        {
            CreditSubjectKind.Enterprise => (await enterprises.FindByUsccAsync(uscc, ct))?.Id,
            CreditSubjectKind.TestingBody => (await referenceData.GetTestingBodiesAsync(ct)).FirstOrDefault(b => b.Uscc == uscc)?.Id,
            _ => (await referenceData.GetCertificationBodiesAsync(ct)).FirstOrDefault(b => b.Uscc == uscc)?.Id,
        };
        return id is { } found
            ? await ResolveAsync(kind, found, ct)
            : throw new BusinessException(CreditErrorCodes.SubjectUsccUnknown, "subjectUscc", uscc);
    }

    /// <summary>Subjects of the kind whose name (a product's name or model) or USCC contains the keyword, for a search field.</summary>
    public async Task<List<CreditSubjectMatch>> FindSubjectsAsync(CreditSubjectKind kind, string keyword, int max, CancellationToken ct = default)
    {
        var k = keyword.Trim();
        bool Matches(string name, string? uscc) =>
            name.Contains(k, StringComparison.OrdinalIgnoreCase) || (uscc?.Contains(k, StringComparison.OrdinalIgnoreCase) ?? false);
        switch (kind)
        {
            case CreditSubjectKind.Enterprise:
                var (_, found) = await enterprises.GetPageAsync(new EnterpriseFilter(k, null, null, 0, max), ct);
                return found.Select(e => new CreditSubjectMatch(new(kind, e.Id, e.LegalName, e.Uscc, null), null)).ToList();
            case CreditSubjectKind.Product:
                var (_, items) = await products.GetPageAsync(new ProductFilter(null, null, k, null, null, 0, max), ct);
                var makers = await enterprises.GetLegalNamesAsync(items.Select(p => p.EnterpriseId).Distinct().ToList(), ct);
                return items.Select(p => new CreditSubjectMatch(new(kind, p.Id, $"{p.Name} {p.Model}", null, p.EnterpriseId),
                    makers.GetValueOrDefault(p.EnterpriseId))).ToList();
            case CreditSubjectKind.TestingBody:
                return (await referenceData.GetTestingBodiesAsync(ct)).Where(b => Matches(b.Name, b.Uscc)).Take(max)
                    .Select(b => new CreditSubjectMatch(new(kind, b.Id, b.Name, b.Uscc, null), null)).ToList();
            default:
                return (await referenceData.GetCertificationBodiesAsync(ct)).Where(b => Matches(b.Name, b.Uscc)).Take(max)
                    .Select(b => new CreditSubjectMatch(new(kind, b.Id, b.Name, b.Uscc, null), null)).ToList();
        }
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
