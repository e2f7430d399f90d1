using System.ComponentModel.DataAnnotations;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using RobotPlan.Dtos;
using RobotPlan.Files;
using P = RobotPlan.Permissions.RobotPlanPermissions;

namespace RobotPlan.TestReports;

[Route("api/app/test-reports")]
public sealed class TestReportController(ITestReportAppService reports) : RobotPlanAppControllerBase
{
    [HttpGet]
    [Authorize(P.TestReports.Default)]
    public Task<PagedResultDto<TestReportDto>> GetListAsync([FromQuery] GetTestReportsInput input, CancellationToken ct) =>
        reports.GetListAsync(input, ct);

    [HttpGet("{id:guid}")]
    [Authorize(P.TestReports.Default)]
    public Task<TestReportDto> GetAsync(Guid id, CancellationToken ct) => reports.GetAsync(id, ct);

    [HttpPost]
    [Authorize(P.TestReports.Issue)]
    [Consumes("multipart/form-data")]
    public Task<TestReportDto> IssueAsync([FromForm] IssueTestReportDto input, [Required] IFormFile file, CancellationToken ct) =>
        reports.IssueAsync(input, file.ToUpload(), ct);

    [HttpPost("{id:guid}/supersede")]
    [Authorize(P.TestReports.Issue)]
    [Consumes("multipart/form-data")]
    public Task<TestReportDto> SupersedeAsync(Guid id, [FromForm] SupersedeTestReportDto input, [Required] IFormFile file,
        CancellationToken ct) => reports.SupersedeAsync(id, input, file.ToUpload(), ct);

    [HttpPost("{id:guid}/withdraw")]
    [Authorize(P.TestReports.Issue)]
    public Task<TestReportDto> WithdrawAsync(Guid id, WithdrawTestReportDto input, CancellationToken ct) =>
        reports.WithdrawAsync(id, input, ct);

    [HttpGet("{id:guid}/file")]
    [Authorize(P.TestReports.Default)]
    [Produces("application/pdf")]
    public async Task<FileStreamResult> GetFileAsync(Guid id, CancellationToken ct) => (await reports.GetFileAsync(id, ct)).ToAttachment();
}
