using P = RobotPlan.Permissions.RobotPlanPermissions;

namespace RobotPlan.Web.Pages.Catalogs;

/// <summary>Every party with catalog access sees the batches: reviewers to run them, enterprises to apply.</summary>
[Authorize(P.Catalogs.Default)]
public sealed class BatchesIndexModel(ICatalogBatchAppService batches) : PageModel
{
    public const int PageSize = 20;

    [BindProperty(SupportsGet = true)]
    public int PageNumber { get; set; } = 1;

    public PagedResultDto<CatalogBatchDto> Result { get; private set; } = new(0, []);

    public async Task OnGetAsync(CancellationToken ct)
    {
        PageNumber = Math.Clamp(PageNumber, 1, 100_000);
        Result = await batches.GetListAsync(new GetCatalogBatchesInput { SkipCount = (PageNumber - 1) * PageSize, MaxResultCount = PageSize }, ct);
    }

    public Pager Pager => new(Result.TotalCount, PageNumber, PageSize, Request);
}
