using P = RobotPlan.Permissions.RobotPlanPermissions;

namespace RobotPlan.Web.Pages.Catalogs;

/// <summary>
/// "My tasks" of district and municipal reviewers: files waiting for them, oldest first, with the working-day deadline;
/// municipal reviewers also see the progress of the latest batches. Experts' tasks come with the expert panels.
/// </summary>
[Authorize(P.Catalogs.Default)]
public sealed class TasksIndexModel(ICatalogApplicationAppService applications, ICatalogBatchAppService batches, ICurrentUser currentUser)
    : PageModel
{
    private const int ProgressBatches = 10;

    public IReadOnlyList<CatalogTaskDto> Tasks { get; private set; } = [];
    public IReadOnlyList<CatalogBatchProgressDto> Progress { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        // One policy per [Authorize]; "district or municipal" is checked here (a forbidden user goes to the access-denied page).
        var municipal = currentUser.HasPermission(P.Catalogs.MunicipalReview);
        if (!municipal && !currentUser.HasPermission(P.Catalogs.DistrictReview)) return Forbid();
        Tasks = await applications.GetTasksAsync(ct);
        if (municipal)
        {
            var latest = await batches.GetListAsync(new GetCatalogBatchesInput { MaxResultCount = ProgressBatches }, ct);
            var progress = new List<CatalogBatchProgressDto>();
            foreach (var batch in latest.Items) progress.Add(await batches.GetProgressAsync(batch.Id, ct));
            Progress = progress;
        }
        return Page();
    }
}
