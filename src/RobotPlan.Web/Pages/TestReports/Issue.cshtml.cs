using P = RobotPlan.Permissions.RobotPlanPermissions;

namespace RobotPlan.Web.Pages.TestReports;

[Authorize(P.TestReports.Issue)]
public sealed class IssueModel(ITestReportAppService reports, IStringLocalizer<RobotPlanResource> L) : PageModel
{
    [BindProperty]
    public IssueTestReportDto Input { get; set; } = new();

    [BindProperty]
    public IFormFile? Upload { get; set; }

    public void OnGet()
    {
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        if (!ModelState.IsValid) return Page();
        try
        {
            if (Upload is null) throw new BusinessException(RobotPlanErrorCodes.UploadEmpty, "file");
            await using var content = Upload.OpenReadStream();
            var report = await reports.IssueAsync(Input, new FileUpload(content, Upload.FileName, Upload.Length), ct);
            TempData["Message"] = L["TestReport:Issued"].Value;
            return RedirectToPage("Details", new { id = report.Id });
        }
        catch (Exception e) when (this.TryShow(e, L, "Input"))
        {
            return Page();
        }
    }
}
