using P = RobotPlan.Permissions.RobotPlanPermissions;

namespace RobotPlan.Web.Pages.Payouts;

/// <summary>One day's differences between the treasury statement and the ledger, for a person to resolve.</summary>
[Authorize(P.Payouts.Default)]
public sealed class ReconciliationModel(IReconciliationAppService reconciliations) : PageModel
{
    public ReconciliationDetailDto Detail { get; private set; } = null!;

    public async Task OnGetAsync(Guid id, CancellationToken ct) => Detail = await reconciliations.GetAsync(id, ct);
}
