using P = RobotPlan.Permissions.RobotPlanPermissions;

namespace RobotPlan.Web.Pages.TestReports;

/// <summary>The reports the user's role may see (own products', own body's, own jurisdiction's or all).</summary>
[Authorize(P.TestReports.Default)]
public sealed class IndexModel(ITestReportAppService reports) : PageModel
{
    public const int PageSize = 20;

    [BindProperty(SupportsGet = true)]
    public TestReportStatus? Status { get; set; }

    [BindProperty(SupportsGet = true)]
    public Guid? ProductId { get; set; }

    [BindProperty(SupportsGet = true)]
    public int PageNumber { get; set; } = 1;

    public PagedResultDto<TestReportDto> Result { get; private set; } = new(0, []);

    public async Task OnGetAsync(CancellationToken ct)
    {
        // An unknown status or page in a hand-edited query string falls back to the unfiltered first page.
        if (!ModelState.IsValid) (Status, ProductId, PageNumber) = (null, null, 1);
        PageNumber = Math.Clamp(PageNumber, 1, 100_000);
        Result = await reports.GetListAsync(new GetTestReportsInput
        {
            Status = Status, ProductId = ProductId, SkipCount = (PageNumber - 1) * PageSize, MaxResultCount = PageSize,
        }, ct);
    }

    public Pager Pager => new(Result.TotalCount, PageNumber, PageSize, Request);
}
