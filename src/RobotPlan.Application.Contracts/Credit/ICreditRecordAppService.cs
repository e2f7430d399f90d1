namespace RobotPlan.Credit;

/// <summary>信用档案 kept by municipal reviewers, with the sharing platform's file exchange.</summary>
public interface ICreditRecordAppService
{
    Task<PagedResultDto<CreditRecordDto>> GetListAsync(GetCreditRecordsInput input, CancellationToken ct = default);
    Task<CreditRecordDto> GetAsync(Guid id, CancellationToken ct = default);
    /// <summary>At most <see cref="CreditConsts.MaxSubjectMatches"/> subjects of the kind whose name or USCC contains the keyword.</summary>
    Task<IReadOnlyList<CreditSubjectDto>> GetSubjectsAsync(GetCreditSubjectsInput input, CancellationToken ct = default);
    Task<CreditRecordDto> CreateAsync(CreateCreditRecordDto input, CancellationToken ct = default);
    Task<CreditRecordDto> EndAsync(Guid id, EndCreditRecordDto input, CancellationToken ct = default);
    Task<CreditRecordDto> CorrectAsync(Guid id, CorrectCreditRecordDto input, CancellationToken ct = default);
    Task<CreditImportReportDto> ImportAsync(FileUpload file, CancellationToken ct = default);
    Task<FileDownload> ExportAsync(CreditExchangeFormat format, CancellationToken ct = default);
}

/// <summary>The public list: serious-dishonesty records in force.</summary>
public interface IPublicCreditAppService
{
    Task<PagedResultDto<PublicCreditRecordDto>> GetListAsync(GetPublicCreditRecordsInput input, CancellationToken ct = default);
    /// <summary>What a listing's public page shows: records in force about its enterprise or its product (empty for an unknown number).</summary>
    Task<IReadOnlyList<PublicCreditRecordDto>> GetForListingAsync(string number, CancellationToken ct = default);
}
