using Col = RobotPlan.Credit.CreditExchangeColumns;

namespace RobotPlan.Credit;

/// <summary>
/// Imports the sharing platform's list: every row is validated and reported; a subject RobotPlan does not register, or a
/// record already held (same subject, kind and document), is skipped; one refused row refuses the whole file, and only
/// a file without refusals is saved — in one SaveChanges, effects included, so nothing is ever half-imported.
/// </summary>
public sealed class CreditImporter(CreditManager manager, ICreditRecordRepository records, IEnterpriseRepository enterprises,
    IProductRepository products, IReferenceDataRepository referenceData, IUnitOfWork unitOfWork)
{
    public async Task<CreditImportReportDto> ImportAsync(ICreditFeed feed, string sourceReference, CancellationToken ct = default)
    {
        var report = new List<CreditImportRowDto>();
        var accepted = new List<CreditRecord>();
        var seen = new HashSet<(CreditSubjectKind, Guid, CreditRecordKind, string)>();
        var testingBodies = await referenceData.GetTestingBodiesAsync(ct);
        var certificationBodies = await referenceData.GetCertificationBodiesAsync(ct);
        var count = 0;
        await foreach (var row in feed.ReadAsync(ct))
        {
            if (++count > CreditConsts.MaxImportRows)
                throw new BusinessException(CreditErrorCodes.ImportFileInvalid, "file", CreditConsts.MaxImportRows);
            var errors = new List<string>();
            var subjectKind = Parse(row[Col.SubjectKind], Col.SubjectKindNames, Col.SubjectKind, errors);
            var kind = Parse(row[Col.Kind], Col.KindNames, Col.Kind, errors);
            var uscc = Uscc.Normalize(row[Col.Uscc]);
            // Enterprises and products are known by USCC; a body may be registered without one, and is then known by its name.
            var byName = subjectKind is CreditSubjectKind.TestingBody or CreditSubjectKind.CertificationBody && row[Col.Uscc] is null
                         && row[Col.SubjectName] is not null;
            if (uscc is null && !byName) errors.Add($"{Col.Uscc}: R-1");
            var model = row[Col.ProductModel];
            if (subjectKind == CreditSubjectKind.Product && model is null) errors.Add($"{Col.ProductModel}: required");
            var reason = Text(row[Col.Reason], Col.Reason, CreditConsts.MaxReasonLength, errors);
            var document = Text(row[Col.DocumentNumber], Col.DocumentNumber, CreditConsts.MaxDocumentNumberLength, errors);
            var documentDate = Date(row[Col.DocumentDate], Col.DocumentDate, required: true, errors);
            var from = Date(row[Col.EffectiveFrom], Col.EffectiveFrom, required: true, errors);
            var to = Date(row[Col.EffectiveTo], Col.EffectiveTo, required: false, errors);
            if (from is not null && to is not null && to <= from) errors.Add($"{Col.EffectiveTo}: ≤ {Col.EffectiveFrom}");
            if (errors.Count > 0)
            {
                report.Add(new(row.RowNumber, CreditImportOutcome.Refused, row[Col.SubjectName], row[Col.DocumentNumber], errors));
                continue;
            }

            var subject = await FindSubjectAsync(subjectKind!.Value, uscc, row[Col.SubjectName], model, testingBodies, certificationBodies, ct);
            if (subject is null)
            {
                report.Add(new(row.RowNumber, CreditImportOutcome.Skipped, row[Col.SubjectName], document, ["SubjectNotRegistered"]));
                continue;
            }
            var key = (subject.Kind, subject.Id, kind!.Value, document!);
            if (!seen.Add(key) || await records.ExistsAsync(subject.Kind, subject.Id, kind.Value, document!, ct))
            {
                report.Add(new(row.RowNumber, CreditImportOutcome.Skipped, subject.Name, document, ["AlreadyRecorded"]));
                continue;
            }
            accepted.Add(new CreditRecord(subject, kind.Value, reason, document, documentDate!.Value, from!.Value, to,
                CreditRecordSource.SharingPlatform, sourceReference));
            report.Add(new(row.RowNumber, CreditImportOutcome.Accepted, subject.Name, document, []));
        }
        if (count == 0) throw new BusinessException(CreditErrorCodes.ImportFileInvalid, "file", CreditConsts.MaxImportRows);

        var refused = report.Count(r => r.Outcome == CreditImportOutcome.Refused);
        if (refused == 0 && accepted.Count > 0)
        {
            foreach (var record in accepted) await manager.RecordAsync(record, ct);
            await unitOfWork.SaveChangesAsync(ct);
        }
        return new CreditImportReportDto(refused == 0, refused == 0 ? accepted.Count : 0,
            report.Count(r => r.Outcome == CreditImportOutcome.Skipped), refused, report);
    }

    private async Task<CreditSubject?> FindSubjectAsync(CreditSubjectKind kind, string? uscc, string? name, string? model,
        List<TestingBody> testingBodies, List<CertificationBody> certificationBodies, CancellationToken ct)
    {
        Guid? id = kind switch
        {
            CreditSubjectKind.Enterprise => (await enterprises.FindByUsccAsync(uscc!, ct))?.Id,
            CreditSubjectKind.Product => await enterprises.FindByUsccAsync(uscc!, ct) is { } e
                ? (await products.FindByModelAsync(e.Id, model!, ct))?.Id : null,
            CreditSubjectKind.TestingBody => testingBodies.FirstOrDefault(b => uscc is null ? b.Name == name : b.Uscc == uscc)?.Id,
            _ => certificationBodies.FirstOrDefault(b => uscc is null ? b.Name == name : b.Uscc == uscc)?.Id,
        };
        return id is null ? null : await manager.ResolveAsync(kind, id.Value, ct);
    }

    private static T? Parse<T>(string? text, IReadOnlyDictionary<T, string> names, string column, List<string> errors) where T : struct, Enum
    {
        foreach (var (value, name) in names)
            if (text == name || string.Equals(text, value.ToString(), StringComparison.OrdinalIgnoreCase)) return value;
        errors.Add($"{column}: {(text is null ? "required" : "unknown")}");
        return null;
    }

    private static string? Text(string? text, string column, int max, List<string> errors)
    {
        if (text is null) errors.Add($"{column}: required");
        else if (text.Length > max) errors.Add($"{column}: > {max}");
        return text;
    }

    private static DateOnly? Date(string? text, string column, bool required, List<string> errors)
    {
        if (text is null)
        {
            if (required) errors.Add($"{column}: required");
            return null;
        }
        // Excel may hand a date over with a time of day ("2025-09-26 00:00:00").
        var datePart = text.Length > 10 ? text[..10] : text;
        if (DateOnly.TryParseExact(datePart, ["yyyy-MM-dd", "yyyy/MM/dd", "yyyy/M/d", "yyyy-M-d"], CultureInfo.InvariantCulture,
                DateTimeStyles.None, out var date)) return date;
        errors.Add($"{column}: yyyy-MM-dd");
        return null;
    }
}
