using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;
using RobotPlan.Enterprises;
using RobotPlan.Localization;
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
        DecideAsync(id, nameof(Transfer), () => disputes.TransferAsync(id, Transfer, ct), "Enterprises:Transferred", ct);

    public Task<IActionResult> OnPostDismissAsync(Guid id, CancellationToken ct) =>
        DecideAsync(id, nameof(Dismiss), () => disputes.DismissAsync(id, Dismiss, ct), "Enterprises:Dismissed", ct);

    private async Task<IActionResult> DecideAsync(Guid id, string form, Func<Task> decide, string done, CancellationToken ct)
    {
        foreach (var key in ModelState.Keys.Where(k => !k.StartsWith(form + ".", StringComparison.Ordinal)).ToList()) ModelState.Remove(key);
        if (ModelState.IsValid)
        {
            try
            {
                await decide();
                TempData["Message"] = L[done].Value;
                return RedirectToPage("Index");
            }
            catch (Exception e) when (this.TryShow(e, L, form))
            {
            }
        }
        await LoadAsync(id, ct);
        return Page();
    }

    private async Task LoadAsync(Guid id, CancellationToken ct)
    {
        Dispute = await disputes.GetAsync(id, ct);
        Transfer.ConcurrencyStamp = Dismiss.ConcurrencyStamp = Dispute.ConcurrencyStamp;
    }
}
