using P = RobotPlan.Permissions.RobotPlanPermissions;

namespace RobotPlan.Web.Pages.Payouts;

/// <summary>Daily reconciliations and an on-demand run for one past date.</summary>
[Authorize(P.Payouts.Default)]
public sealed class ReconciliationsModel(IReconciliationAppService reconciliations, ICurrentUser currentUser, TimeProvider clock,
    IStringLocalizer<RobotPlanResource> L) : PageModel
{
    public IReadOnlyList<ReconciliationDto> Items { get; private set; } = [];
    public bool CanManage => currentUser.HasPermission(P.Payouts.Manage);

    [BindProperty, Required] public DateOnly? Date { get; set; }

    public async Task OnGetAsync(CancellationToken ct)
    {
        Date ??= clock.Today().AddDays(-1);
        Items = (await reconciliations.GetListAsync(new GetReconciliationsInput { MaxResultCount = 100 }, ct)).Items;
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        if (ModelState.IsValid)
        {
            try
            {
                var r = await reconciliations.RunAsync(new RunReconciliationDto { Date = Date }, ct);
                return RedirectToPage("/Payouts/Reconciliation", new { id = r.Reconciliation.Id });
            }
            catch (Exception e) when (this.TryShow(e, L, "Input"))
            {
            }
        }
        await OnGetAsync(ct);
        return Page();
    }
}
