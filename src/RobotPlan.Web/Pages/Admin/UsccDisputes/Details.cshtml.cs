using P = RobotPlan.Permissions.RobotPlanPermissions;

namespace RobotPlan.Web.Pages.Admin.UsccDisputes;

/// <summary>An administrator transfers the USCC to the claimant's account or dismisses the dispute with a reason.</summary>
[Authorize(P.Enterprises.Manage)]
public sealed class DetailsModel(IUsccDisputeAppService disputes, IStringLocalizer<RobotPlanResource> L) : PageModel
{
    [BindProperty]
    public DecideUsccDisputeDto Transfer { get; set; } = new();

    [BindProperty]
    public DismissUsccDisputeDto Dismiss { get; set; } = new();

    public UsccDisputeDto Dispute { get; private set; } = null!;

    public async Task OnGetAsync(Guid id, CancellationToken ct) => await LoadAsync(id, ct);

    public Task<IActionResult> OnPostTransferAsync(Guid id, CancellationToken ct) =>
        this.DecideOrShowAsync(nameof(Transfer), () => disputes.TransferAsync(id, Transfer, ct), "Enterprises:Transferred", L,
            () => LoadAsync(id, ct));

    public Task<IActionResult> OnPostDismissAsync(Guid id, CancellationToken ct) =>
        this.DecideOrShowAsync(nameof(Dismiss), () => disputes.DismissAsync(id, Dismiss, ct), "Enterprises:Dismissed", L,
            () => LoadAsync(id, ct));

    private async Task LoadAsync(Guid id, CancellationToken ct)
    {
        Dispute = await disputes.GetAsync(id, ct);
        Transfer.ConcurrencyStamp = Dismiss.ConcurrencyStamp = Dispute.ConcurrencyStamp;
    }
}
