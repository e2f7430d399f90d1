using P = RobotPlan.Permissions.RobotPlanPermissions;

namespace RobotPlan.Credit;

public sealed class CreditRecordAppService(ICreditRecordRepository records, CreditManager manager, CreditImporter importer,
    IUnitOfWork unitOfWork, ICurrentUser currentUser, TimeProvider clock, RobotPlan.CatalogListings.ICatalogListingRepository listings) : ICreditRecordAppService, IPublicCreditAppService
{
    public async Task<PagedResultDto<CreditRecordDto>> GetListAsync(GetCreditRecordsInput input, CancellationToken ct)
    {
        currentUser.CheckPermission(P.Credit.Default);
        var (total, items) = await records.GetPageAsync(new CreditRecordFilter(input.SubjectKind, input.SubjectId, input.Kind, input.State,
            input.Keyword, ConcerningEnterpriseId: input.EnterpriseId, SkipCount: input.SkipCount, MaxResultCount: input.MaxResultCount), ct);
        return new(total, items.Select(r => r.ToDto()).ToList());
    }

    public async Task<CreditRecordDto> GetAsync(Guid id, CancellationToken ct)
    {
        currentUser.CheckPermission(P.Credit.Default);
        return (await LoadAsync(id, ct)).ToDto();
    }

    public async Task<IReadOnlyList<CreditSubjectDto>> GetSubjectsAsync(GetCreditSubjectsInput input, CancellationToken ct)
    {
        currentUser.CheckPermission(P.Credit.Manage);
        var matches = await manager.FindSubjectsAsync(input.SubjectKind!.Value, input.Keyword!, CreditConsts.MaxSubjectMatches, ct);
        return matches.Select(m => new CreditSubjectDto(m.Subject.Kind, m.Subject.Id, m.Subject.Name, m.Subject.Uscc, m.EnterpriseName)).ToList();
    }

    public async Task<CreditRecordDto> CreateAsync(CreateCreditRecordDto input, CancellationToken ct)
    {
        currentUser.CheckPermission(P.Credit.Manage);
        var kind = input.SubjectKind!.Value;
        var subject = input.SubjectId is { } id ? await manager.ResolveAsync(kind, id, ct)
            : !string.IsNullOrWhiteSpace(input.SubjectUscc) ? await manager.ResolveByUsccAsync(kind, input.SubjectUscc, ct)
            : throw new BusinessException(CreditErrorCodes.SubjectRequired, "subjectId");
        var record = await manager.RecordAsync(New(subject, input, null), ct);
        await unitOfWork.SaveChangesAsync(ct);
        return record.ToDto();
    }

    public async Task<CreditRecordDto> EndAsync(Guid id, EndCreditRecordDto input, CancellationToken ct)
    {
        currentUser.CheckPermission(P.Credit.Manage);
        var record = await LoadAsync(id, ct);
        unitOfWork.ExpectConcurrencyStamp(record, input.ConcurrencyStamp);
        record.End(input.Reason, input.DocumentNumber, clock.Today(), clock.GetUtcNow().UtcDateTime);
        await unitOfWork.SaveChangesAsync(ct);
        return record.ToDto();
    }

    public async Task<CreditRecordDto> CorrectAsync(Guid id, CorrectCreditRecordDto input, CancellationToken ct)
    {
        currentUser.CheckPermission(P.Credit.Manage);
        var old = await LoadAsync(id, ct);
        unitOfWork.ExpectConcurrencyStamp(old, input.ConcurrencyStamp);
        var subject = new CreditSubject(old.SubjectKind, old.SubjectId, old.SubjectName, old.SubjectUscc, old.SubjectEnterpriseId);
        var replacement = await manager.CorrectAsync(old, oldId => New(subject, input, oldId), "更正 Corrected", ct);
        await unitOfWork.SaveChangesAsync(ct);
        return replacement.ToDto();
    }

    public async Task<CreditImportReportDto> ImportAsync(FileUpload file, CancellationToken ct)
    {
        currentUser.CheckPermission(P.Credit.Manage);
        var format = FileCreditFeed.FormatOf(file.FileName)
                     ?? throw new BusinessException(CreditErrorCodes.ImportFileInvalid, "file", CreditConsts.MaxImportRows);
        // MiniExcel needs a seekable stream for .xlsx (a zip); the upload is copied once, bounded by the host's size limit.
        await using var buffer = new MemoryStream();
        await file.Content.CopyToAsync(buffer, ct);
        buffer.Position = 0;
        try
        {
            return await importer.ImportAsync(new FileCreditFeed(buffer, format), "file:" + Path.GetFileName(file.FileName)[..Math.Min(Path.GetFileName(file.FileName).Length, 100)], ct);
        }
        catch (Exception ex) when (ex is InvalidDataException or FormatException or InvalidOperationException or IOException
                                       or KeyNotFoundException or ArgumentException)
        {
            // Not a readable workbook / CSV in the layout: a field error, never a 500.
            throw new BusinessException(CreditErrorCodes.ImportFileInvalid, "file", CreditConsts.MaxImportRows);
        }
    }

    public async Task<FileDownload> ExportAsync(CreditExchangeFormat format, CancellationToken ct)
    {
        currentUser.CheckPermission(P.Credit.Manage);
        var output = new MemoryStream();
        await CreditExchangeWriter.WriteAsync(records.StreamAsync(new CreditRecordFilter(MaxResultCount: int.MaxValue), ct), format, output, ct);
        output.Position = 0;
        return format == CreditExchangeFormat.Csv
            ? new FileDownload(output, "credit-records.csv", "text/csv")
            : new FileDownload(output, "credit-records.xlsx", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
    }

    async Task<PagedResultDto<PublicCreditRecordDto>> IPublicCreditAppService.GetListAsync(GetPublicCreditRecordsInput input, CancellationToken ct)
    {
        var (total, items) = await records.GetPageAsync(new CreditRecordFilter(SubjectKind: input.SubjectKind, Keyword: input.Keyword,
            ConcerningEnterpriseId: input.EnterpriseId, PublicOnly: true, SkipCount: input.SkipCount, MaxResultCount: input.MaxResultCount), ct);
        return new(total, items.Select(r => r.ToPublicDto()).ToList());
    }

    async Task<IReadOnlyList<PublicCreditRecordDto>> IPublicCreditAppService.GetForListingAsync(string number, CancellationToken ct)
    {
        if (await listings.FindByNumberAsync(number, ct) is not { } listing) return [];
        var (_, items) = await records.GetPageAsync(new CreditRecordFilter(ConcerningEnterpriseId: listing.EnterpriseId, PublicOnly: true,
            MaxResultCount: 100), ct);
        return items.Where(r => r.SubjectKind == CreditSubjectKind.Enterprise || r.SubjectId == listing.ProductId).Select(r => r.ToPublicDto()).ToList();
    }

    private static CreditRecord New(CreditSubject subject, CreditRecordFieldsDto input, Guid? correctsId) =>
        new(subject, input.Kind!.Value, input.Reason, input.DocumentNumber, input.DocumentDate!.Value, input.EffectiveFrom!.Value,
            input.EffectiveTo, CreditRecordSource.Manual, null, correctsId);

    private async Task<CreditRecord> LoadAsync(Guid id, CancellationToken ct) =>
        await records.FindAsync(id, ct) ?? throw new EntityNotFoundException(typeof(CreditRecord), id);
}

// Only the DTOs' members must be mapped: audit and event members of the aggregate are left out on purpose.
[Riok.Mapperly.Abstractions.Mapper(RequiredMappingStrategy = Riok.Mapperly.Abstractions.RequiredMappingStrategy.Target)]
internal static partial class CreditRecordMapper
{
    public static partial CreditRecordDto ToDto(this CreditRecord record);

    public static partial PublicCreditRecordDto ToPublicDto(this CreditRecord record);
}
