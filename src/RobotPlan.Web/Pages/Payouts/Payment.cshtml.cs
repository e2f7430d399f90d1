using P = RobotPlan.Permissions.RobotPlanPermissions;

namespace RobotPlan.Web.Pages.Payouts;

/// <summary>One payment and every call made for it; finance releases a hold or retries one that needs attention.</summary>
[Authorize(P.Payouts.Default)]
public sealed class PaymentModel(IPaymentAppService payments, ICurrentUser currentUser, IStringLocalizer<RobotPlanResource> L) : PageModel
{
    public PaymentDetailDto Detail { get; private set; } = null!;
    public bool CanManage => currentUser.HasPermission(P.Payouts.Manage);

    public async Task OnGetAsync(Guid id, CancellationToken ct) => Detail = await payments.GetAsync(id, ct);

    public Task<IActionResult> OnPostReleaseAsync(Guid id, CancellationToken ct) => ActAsync(id, () => payments.ReleaseAsync(id, ct), ct);

    public Task<IActionResult> OnPostRetryAsync(Guid id, CancellationToken ct) => ActAsync(id, () => payments.RetryAsync(id, ct), ct);

    private async Task<IActionResult> ActAsync(Guid id, Func<Task> action, CancellationToken ct)
    {
        try
        {
            await action();
            return RedirectToPage(new { id });
        }
        catch (Exception e) when (this.TryShow(e, L, "Input"))
        {
        }
        await OnGetAsync(id, ct);
        return Page();
    }
}
