using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;
using RobotPlan.CatalogApplications;
using RobotPlan.CatalogBatches;
using RobotPlan.Localization;
using RobotPlan.PublicNotices;
using RobotPlan.SeedWork;
using P = RobotPlan.Permissions.RobotPlanPermissions;

namespace RobotPlan.Web.Pages.Catalogs;

[Authorize(P.Catalogs.Default)]
public sealed class BatchDetailsModel(ICatalogBatchAppService batches, ICatalogApplicationAppService applications, ICurrentUser currentUser,
    IPublicNoticeAppService notices, IStringLocalizer<RobotPlanResource> L) : PageModel
{
    private const int MaxFiles = 100;

    public CatalogBatchDto Batch { get; private set; } = null!;

    /// <summary>Counts per state, for municipal reviewers only (the service refuses others).</summary>
    public CatalogBatchProgressDto? Progress { get; private set; }

    /// <summary>The batch's files the caller may see: the service scopes them (own enterprise, own district, or all).</summary>
    public IReadOnlyList<CatalogApplicationDto> Files { get; private set; } = [];

    /// <summary>Files a rule now blocks from the decision, each with its reasons and the acts that fit.</summary>
    public IReadOnlyList<BlockedFileDto> Blocked { get; private set; } = [];

    public async Task OnGetAsync(Guid id, CancellationToken ct)
    {
        Batch = await batches.GetAsync(id, ct);
        if (currentUser.HasPermission(P.Catalogs.MunicipalReview)) Progress = await batches.GetProgressAsync(id, ct);
        Files = (await applications.GetListAsync(new GetCatalogApplicationsInput { BatchId = id, MaxResultCount = MaxFiles }, ct)).Items;
        if (CanDecide) Blocked = await notices.GetBlockedFilesAsync(id, ct);
    }

    public bool CanDecide => currentUser.HasPermission(P.Catalogs.MunicipalReview)
        && Files.Any(f => f.Status == RobotPlan.CatalogApplications.CatalogApplicationStatus.PendingDecision);

    /// <summary>The decision puts every PendingDecision file into one notice; the message shows the working-day window .</summary>
    public async Task<IActionResult> OnPostDecideAsync(Guid id, CancellationToken ct)
    {
        try
        {
            var notice = await notices.DecideAsync(new DecideBatchDto { BatchId = id }, ct);
            TempData["Message"] = L["ExpertPage:NoticePublished", CatalogText.Date(notice.StartsOn), CatalogText.Date(notice.EndsOn),
                notice.WorkingDays].Value;
            return RedirectToPage("/Notices/Details", new { id = notice.Id });
        }
        catch (Exception e) when (this.TryShow(e, L, "Input"))
        {
        }
        await OnGetAsync(id, ct);
        return Page();
    }

    /// <summary>A blocked file back to the enterprise to mend, from the decision list.</summary>
    public Task<IActionResult> OnPostReturnAsync(Guid id, Guid applicationId, [FromForm(Name = "Action")] CatalogReasonTransitionDto input,
        CancellationToken ct) => ActOnBlockedAsync(id, () => applications.ReturnAsync(applicationId, input, ct), ct);

    /// <summary>A blocked file refused with the reason the rule gives.</summary>
    public Task<IActionResult> OnPostRejectAsync(Guid id, Guid applicationId, [FromForm(Name = "Action")] CatalogReasonTransitionDto input,
        CancellationToken ct) => ActOnBlockedAsync(id, () => applications.RejectAsync(applicationId, input, ct), ct);

    private async Task<IActionResult> ActOnBlockedAsync(Guid id, Func<Task<CatalogApplicationDto>> act, CancellationToken ct)
    {
        if (ModelState.IsValid)
        {
            try
            {
                var file = await act();
                TempData["Message"] = L["CatalogPage:BlockedFileDone", file.ProductName ?? "", L.Status(file.Status)].Value;
                return RedirectToPage(new { id });
            }
            catch (Exception e) when (this.TryShow(e, L, "Action"))
            {
            }
        }
        await OnGetAsync(id, ct);
        return Page();
    }
}
