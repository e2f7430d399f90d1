using RobotPlan.Reviews;
using RobotPlan.ReviewTasks;
using P = RobotPlan.Permissions.RobotPlanPermissions;

namespace RobotPlan.Web.Pages.ReviewTasks;

/// <summary>
/// 待办 (/tasks, issue #19 finding 8): a reviewer's or finance officer's catalog files and claims in one list, searchable,
/// filtered and sorted in the query string (a filtered view can be bookmarked), exported with the same filters.
/// </summary>
[Authorize(P.ReviewTasks.Default)]
public sealed class IndexModel(IReviewTaskAppService tasks) : PageModel
{
    public const int PageSize = 50;

    [BindProperty(SupportsGet = true), StringLength(100)] public string? Search { get; set; }
    [BindProperty(SupportsGet = true)] public ReviewTaskKind? Kind { get; set; }
    [BindProperty(SupportsGet = true)] public Guid? ContainerId { get; set; }
    [BindProperty(SupportsGet = true)] public ReviewStep? Step { get; set; }
    [BindProperty(SupportsGet = true)] public Guid? DistrictId { get; set; }
    [BindProperty(SupportsGet = true)] public ReviewUrgency? Urgency { get; set; }
    [BindProperty(SupportsGet = true)] public ReviewTaskSort Sort { get; set; } = ReviewTaskSort.Deadline;
    [BindProperty(SupportsGet = true)] public bool Descending { get; set; }
    [BindProperty(SupportsGet = true), Range(1, 100_000)] public int PageNumber { get; set; } = 1;

    public ReviewTaskListDto Result { get; private set; } = new(0, [], 0, 0, 0, [], []);
    public Pager Pager => new(Result.TotalCount, PageNumber, PageSize, Request);

    /// <summary>The export link: the API's workbook of the same filters (the page's query without its page number).</summary>
    public string ExportUrl => "/api/app/tasks/export" + QueryString.Create(Request.Query.Where(q => q.Key != nameof(PageNumber))
        .SelectMany(q => q.Value.Select(v => new KeyValuePair<string, string?>(q.Key, v)))).ToUriComponent();

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        // A hand-edited query that does not bind shows the whole inbox rather than an error page.
        if (!ModelState.IsValid) return RedirectToPage();
        Result = await tasks.GetListAsync(new GetReviewTasksInput
        {
            Search = Search, Kind = Kind, ContainerId = ContainerId, Step = Step, DistrictId = DistrictId, Urgency = Urgency, Sort = Sort,
            Descending = Descending, SkipCount = (PageNumber - 1) * PageSize, MaxResultCount = PageSize,
        }, ct);
        return Page();
    }
}
