using P = RobotPlan.Permissions.RobotPlanPermissions;

namespace RobotPlan.Web.Pages.TestReports;

[Authorize(P.TestReports.Default)]
public sealed class DetailsModel(ITestReportAppService reports, ICurrentUser currentUser, IStringLocalizer<RobotPlanResource> L)
    : PageModel
{
    public TestReportDto Report { get; private set; } = null!;

    // Bound per handler, so the supersede form does not validate the withdraw form and vice versa.
    public SupersedeTestReportDto Supersede { get; set; } = new();
    public WithdrawTestReportDto Withdraw { get; set; } = new();
    public IFormFile? Upload { get; set; }

    /// <summary>Only the issuing body acts on a report, and only while it is Valid.</summary>
    public bool CanAct => currentUser.HasPermission(P.TestReports.Issue) && currentUser.TestingBodyId == Report.TestingBodyId
                          && Report.Status == TestReportStatus.Valid;

    public async Task OnGetAsync(Guid id, CancellationToken ct) => await LoadAsync(id, ct);

    public async Task<IActionResult> OnPostSupersedeAsync(Guid id, [FromForm(Name = "Supersede")] SupersedeTestReportDto input,
        [FromForm(Name = "Upload")] IFormFile? upload, CancellationToken ct)
    {
        Supersede = input;
        if (ModelState.IsValid)
        {
            try
            {
                if (upload is null) throw new BusinessException(RobotPlanErrorCodes.UploadEmpty, "file");
                await using var content = upload.OpenReadStream();
                var successor = await reports.SupersedeAsync(id, input, new FileUpload(content, upload.FileName, upload.Length), ct);
                TempData["Message"] = L["TestReport:SupersededMessage"].Value;
                return RedirectToPage("Details", new { id = successor.Id });
            }
            catch (Exception e) when (this.TryShow(e, L, "Supersede"))
            {
            }
        }
        await LoadAsync(id, ct);
        return Page();
    }

    public async Task<IActionResult> OnPostWithdrawAsync(Guid id, [FromForm(Name = "Withdraw")] WithdrawTestReportDto input,
        CancellationToken ct)
    {
        Withdraw = input;
        if (ModelState.IsValid)
        {
            try
            {
                await reports.WithdrawAsync(id, input, ct);
                TempData["Message"] = L["TestReport:WithdrawnMessage"].Value;
                return RedirectToPage("Details", new { id });
            }
            catch (Exception e) when (this.TryShow(e, L, "Withdraw"))
            {
            }
        }
        await LoadAsync(id, ct);
        return Page();
    }

    private async Task LoadAsync(Guid id, CancellationToken ct)
    {
        Report = await reports.GetAsync(id, ct);
        Supersede.ConcurrencyStamp = Withdraw.ConcurrencyStamp = Report.ConcurrencyStamp;
    }
}
