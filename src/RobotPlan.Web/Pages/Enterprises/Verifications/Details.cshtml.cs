using P = RobotPlan.Permissions.RobotPlanPermissions;

namespace RobotPlan.Web.Pages.Enterprises.Verifications;

/// <summary>The district reviewer's decision on one enterprise of its jurisdiction: verify, or reject with a reason.</summary>
[Authorize(P.Enterprises.Verify)]
public sealed class DetailsModel(IEnterpriseVerificationAppService verification, IStringLocalizer<RobotPlanResource> L) : PageModel
{
    [BindProperty]
    public DecideVerificationDto Verify { get; set; } = new();

    [BindProperty]
    public RejectVerificationDto Reject { get; set; } = new();

    public EnterpriseVerificationDto Verification { get; private set; } = null!;

    public async Task OnGetAsync(Guid id, CancellationToken ct) => await LoadAsync(id, ct);

    public Task<IActionResult> OnPostVerifyAsync(Guid id, CancellationToken ct) =>
        this.DecideOrShowAsync(nameof(Verify), () => verification.VerifyAsync(id, Verify, ct), "Enterprises:Verified", L,
            () => LoadAsync(id, ct));

    public Task<IActionResult> OnPostRejectAsync(Guid id, CancellationToken ct) =>
        this.DecideOrShowAsync(nameof(Reject), () => verification.RejectAsync(id, Reject, ct), "Enterprises:Rejected", L,
            () => LoadAsync(id, ct));

    private async Task LoadAsync(Guid id, CancellationToken ct)
    {
        Verification = await verification.GetAsync(id, ct);
        Verify.ConcurrencyStamp = Reject.ConcurrencyStamp = Verification.ConcurrencyStamp;
    }
}
