using P = RobotPlan.Permissions.RobotPlanPermissions;

namespace RobotPlan.Credit;

/// <summary>信用档案: municipal reviewers keep the records; the sharing platform's file goes in and out here.</summary>
[Route("api/app/credit-records")]
public sealed class CreditRecordController(ICreditRecordAppService records) : RobotPlanAppControllerBase
{
    [HttpGet]
    [Authorize(P.Credit.Default)]
    public Task<PagedResultDto<CreditRecordDto>> GetListAsync([FromQuery] GetCreditRecordsInput input, CancellationToken ct) =>
        records.GetListAsync(input, ct);

    /// <summary>Subjects to pick for a new record, by part of a name or USCC.</summary>
    [HttpGet("subjects")]
    [Authorize(P.Credit.Manage)]
    public Task<IReadOnlyList<CreditSubjectDto>> GetSubjectsAsync([FromQuery] GetCreditSubjectsInput input, CancellationToken ct) =>
        records.GetSubjectsAsync(input, ct);

    [HttpGet("{id:guid}")]
    [Authorize(P.Credit.Default)]
    public Task<CreditRecordDto> GetAsync(Guid id, CancellationToken ct) => records.GetAsync(id, ct);

    [HttpPost]
    [Authorize(P.Credit.Manage)]
    public Task<CreditRecordDto> CreateAsync(CreateCreditRecordDto input, CancellationToken ct) => records.CreateAsync(input, ct);

    [HttpPost("{id:guid}/end")]
    [Authorize(P.Credit.Manage)]
    public Task<CreditRecordDto> EndAsync(Guid id, EndCreditRecordDto input, CancellationToken ct) => records.EndAsync(id, input, ct);

    [HttpPost("{id:guid}/correct")]
    [Authorize(P.Credit.Manage)]
    public Task<CreditRecordDto> CorrectAsync(Guid id, CorrectCreditRecordDto input, CancellationToken ct) => records.CorrectAsync(id, input, ct);

    /// <summary>All or nothing: the report lists every row; when any is refused nothing is saved.</summary>
    [HttpPost("import")]
    [Authorize(P.Credit.Manage)]
    [Consumes("multipart/form-data")]
    public Task<CreditImportReportDto> ImportAsync([Required] IFormFile file, CancellationToken ct) => records.ImportAsync(file.ToUpload(), ct);

    [HttpGet("export")]
    [Authorize(P.Credit.Manage)]
    public async Task<FileStreamResult> ExportAsync([FromQuery] CreditExchangeFormat format, CancellationToken ct) =>
        (await records.ExportAsync(format, ct)).ToAttachment();
}

/// <summary>What the public may see: serious-dishonesty records in force (as 信用中国 publishes them).</summary>
[Route("api/public/credit-records")]
[AllowAnonymous]
public sealed class PublicCreditRecordController(IPublicCreditAppService records) : RobotPlanControllerBase
{
    [HttpGet]
    [Microsoft.AspNetCore.RateLimiting.EnableRateLimiting(RobotPlan.PublicNotices.PublicNoticesPublicController.RateLimitPolicyName)]
    public Task<PagedResultDto<PublicCreditRecordDto>> GetListAsync([FromQuery] GetPublicCreditRecordsInput input, CancellationToken ct) =>
        records.GetListAsync(input, ct);
}
