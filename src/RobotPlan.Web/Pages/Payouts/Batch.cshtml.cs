using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;
using RobotPlan.Localization;
using RobotPlan.Payouts;
using RobotPlan.SeedWork;
using P = RobotPlan.Permissions.RobotPlanPermissions;

namespace RobotPlan.Web.Pages.Payouts;

/// <summary>One batch: submit (finance), approve (another finance officer), release holds, and watch it pay (htmx polling).</summary>
[Authorize(P.Payouts.Default)]
public sealed class BatchModel(IPayoutBatchAppService batches, ICurrentUser currentUser, IStringLocalizer<RobotPlanResource> L) : PageModel
{
    public PayoutBatchDetailDto Detail { get; private set; } = null!;
    public bool CanManage => currentUser.HasPermission(P.Payouts.Manage);
    /// <summary>R-40 four-eyes: the officer who submitted the batch is never offered the approval (the aggregate refuses it too).</summary>
    public bool CanApprove => CanManage && Detail.Batch.Status == PayoutBatchStatus.Submitted && Detail.Batch.SubmittedById != currentUser.Id;
    public bool IsPaying => Detail.Batch.Status is PayoutBatchStatus.Approved or PayoutBatchStatus.Executing;

    public async Task OnGetAsync(Guid id, CancellationToken ct) => Detail = await batches.GetAsync(id, ct);

    /// <summary>The polled part: counts and items.</summary>
    public async Task<IActionResult> OnGetProgressAsync(Guid id, CancellationToken ct)
    {
        Detail = await batches.GetAsync(id, ct);
        return Partial("_BatchProgress", this);
    }

    public Task<IActionResult> OnPostSubmitAsync(Guid id, string? stamp, CancellationToken ct) =>
        ActAsync(id, () => batches.SubmitAsync(id, new PayoutBatchActionDto { ConcurrencyStamp = stamp }, ct), ct);

    public Task<IActionResult> OnPostApproveAsync(Guid id, string? stamp, CancellationToken ct) =>
        ActAsync(id, () => batches.ApproveAsync(id, new PayoutBatchActionDto { ConcurrencyStamp = stamp }, ct), ct);

    public Task<IActionResult> OnPostReleaseAsync(Guid id, Guid itemId, CancellationToken ct) =>
        ActAsync(id, () => batches.ReleaseItemAsync(id, itemId, ct), ct);

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
