using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;
using RobotPlan.Enterprises;
using RobotPlan.Localization;
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
        DecideAsync(id, nameof(Verify), () => verification.VerifyAsync(id, Verify, ct), "Enterprises:Verified", ct);

    public Task<IActionResult> OnPostRejectAsync(Guid id, CancellationToken ct) =>
        DecideAsync(id, nameof(Reject), () => verification.RejectAsync(id, Reject, ct), "Enterprises:Rejected", ct);

    /// <summary>Two forms on one page: only the posted one's fields are validated.</summary>
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
        Verification = await verification.GetAsync(id, ct);
        Verify.ConcurrencyStamp = Reject.ConcurrencyStamp = Verification.ConcurrencyStamp;
    }
}
