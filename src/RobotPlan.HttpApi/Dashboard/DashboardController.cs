using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using P = RobotPlan.Permissions.RobotPlanPermissions;

namespace RobotPlan.Dashboard;

/// <summary>The programme dashboard: municipal reviewers, finance officers and administrators.</summary>
[Route("api/app/dashboard")]
[Authorize(P.Dashboard.Default)]
public sealed class DashboardController(IDashboardAppService dashboard) : RobotPlanAppControllerBase
{
    public const string XlsxContentType = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    [HttpGet]
    public Task<DashboardDto> GetAsync(CancellationToken ct) => dashboard.GetAsync(ct);

    /// <summary>One chart's numbers as Excel (a few rows: built in memory, then sent).</summary>
    [HttpGet("export")]
    [Produces(XlsxContentType)]
    public async Task<FileContentResult> ExportAsync([FromQuery] DashboardExportInput input, CancellationToken ct)
    {
        using var buffer = new MemoryStream();
        await dashboard.ExportAsync(input.Chart, buffer, ct);
        Response.Headers.XContentTypeOptions = "nosniff";
        return File(buffer.ToArray(), XlsxContentType, $"dashboard-{input.Chart}.xlsx");
    }
}

/// <summary>The public summary: catalog counts, anonymous.</summary>
[Route("api/public/summary")]
[AllowAnonymous]
public sealed class PublicSummaryController(IDashboardAppService dashboard) : RobotPlanControllerBase
{
    [HttpGet]
    public Task<PublicSummaryDto> GetAsync(CancellationToken ct) => dashboard.GetPublicSummaryAsync(ct);
}
