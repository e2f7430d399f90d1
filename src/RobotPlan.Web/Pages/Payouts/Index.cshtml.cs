using P = RobotPlan.Permissions.RobotPlanPermissions;

namespace RobotPlan.Web.Pages.Payouts;

/// <summary>拨付批次 by state (draft, submitted, approved, executing, done); finance may gather waiting awards now.</summary>
[Authorize(P.Payouts.Default)]
public sealed class IndexModel(IPayoutBatchAppService batches, ICurrentUser currentUser, IStringLocalizer<RobotPlanResource> L) : PageModel
{
    [BindProperty(SupportsGet = true)] public PayoutBatchStatus? Status { get; set; }
    [BindProperty(SupportsGet = true)] public int Skip { get; set; }

    public RobotPlan.Dtos.PagedResultDto<PayoutBatchDto> Batches { get; private set; } = new(0, []);
    public bool CanManage => currentUser.HasPermission(P.Payouts.Manage);

    public async Task OnGetAsync(CancellationToken ct) =>
        Batches = await batches.GetListAsync(new GetPayoutBatchesInput { Status = Status, SkipCount = Math.Max(0, Skip), MaxResultCount = 50 }, ct);

    public async Task<IActionResult> OnPostAssembleAsync(CancellationToken ct)
    {
        var batch = await batches.AssembleAsync(ct);
        if (batch is not null) return RedirectToPage("/Payouts/Batch", new { id = batch.Id });
        TempData["Message"] = L["Payouts:NothingToAssemble"].Value;
        return RedirectToPage();
    }
}
