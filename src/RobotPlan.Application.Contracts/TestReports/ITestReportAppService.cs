namespace RobotPlan.TestReports;

public interface ITestReportAppService
{
    /// <summary>An enterprise sees its products' reports, a testing body those it issued, reviewers by jurisdiction.</summary>
    Task<PagedResultDto<TestReportDto>> GetListAsync(GetTestReportsInput input, CancellationToken ct = default);

    Task<TestReportDto> GetAsync(Guid id, CancellationToken ct = default);

    /// <summary>R-4: the caller's testing body issues a report for the product found by USCC + model; the file must be a PDF.</summary>
    Task<TestReportDto> IssueAsync(IssueTestReportDto input, FileUpload file, CancellationToken ct = default);

    /// <summary>A new report of the same body for the same product replaces a Valid one; returns the new report.</summary>
    Task<TestReportDto> SupersedeAsync(Guid id, SupersedeTestReportDto input, FileUpload file, CancellationToken ct = default);

    Task<TestReportDto> WithdrawAsync(Guid id, WithdrawTestReportDto input, CancellationToken ct = default);

    Task<FileDownload> GetFileAsync(Guid id, CancellationToken ct = default);
}
