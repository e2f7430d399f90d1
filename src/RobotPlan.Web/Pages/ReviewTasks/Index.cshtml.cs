using RobotPlan.Reviews;
using RobotPlan.ReviewTasks;
using P = RobotPlan.Permissions.RobotPlanPermissions;

namespace RobotPlan.Web.Pages.ReviewTasks;

/// <summary>
/// 待办 (/tasks, issue #19 finding 8): a reviewer's or finance officer's catalog files and claims in one list, searchable,
/// filtered and sorted in the query string (a filtered view can be bookmarked), exported with the same filters.
/// </summary>
[Authorize(P.ReviewTasks.Default)]
public sealed class IndexModel(IReviewTaskAppService tasks, IStringLocalizer<RobotPlanResource> L) : PageModel
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

    /// <summary>The outcome of the last bulk approval, shown above the (reloaded) inbox.</summary>
    public BulkApproveResultDto? Approval { get; private set; }
    private Dictionary<Guid, string?> _approvedNames = [];

    /// <summary>The filters in force, so a bulk approval comes back to the same view.</summary>
    public Dictionary<string, string> RouteValues => Request.Query.ToDictionary(q => q.Key, q => q.Value.ToString());

    /// <summary>Only the review steps policy lets a reviewer pass in bulk (see <see cref="IReviewTaskAppService.ApproveAsync"/>).</summary>
    public static bool CanBulkApprove(ReviewStep step) => step is ReviewStep.District or ReviewStep.Municipal;

    public static string SelectionOf(ReviewTaskDto t) => $"{t.Kind}:{t.FileId}:{t.Step}";

    public string NameOf(Guid fileId) => _approvedNames.GetValueOrDefault(fileId) ?? fileId.ToString();

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        // A hand-edited query that does not bind shows the whole inbox rather than an error page.
        if (!ModelState.IsValid) return RedirectToPage();
        await LoadAsync(ct);
        return Page();
    }

    /// <summary>批量通过 the ticked rows with one comment; the result (per file) is shown over the reloaded inbox.</summary>
    public async Task<IActionResult> OnPostApproveAsync(string[]? selected, [StringLength(1000)] string? comment, CancellationToken ct)
    {
        var items = (selected ?? []).Select(Parse).OfType<BulkApproveItemDto>().Take(BulkApproveInput.MaxFiles).ToList();
        if (items.Count == 0) ModelState.AddModelError("selected", L["ReviewTasks:NothingSelected"]);
        if (ModelState.ErrorCount == 0)
        {
            var before = await tasks.GetListAsync(new GetReviewTasksInput { MaxResultCount = GetReviewTasksInput.MaxPageSize }, ct);
            _approvedNames = before.Items.ToDictionary(t => t.FileId, t => t.ProductName);
            Approval = await tasks.ApproveAsync(new BulkApproveInput { Items = items, Comment = comment }, ct);
        }
        ModelState.Remove(nameof(PageNumber));
        await LoadAsync(ct);
        return Page();
    }

    private static BulkApproveItemDto? Parse(string value) => value.Split(':') is [var kind, var id, var step]
        && Enum.TryParse<ReviewTaskKind>(kind, out var k) && Guid.TryParse(id, out var fileId) && Enum.TryParse<ReviewStep>(step, out var s)
        ? new BulkApproveItemDto { Kind = k, FileId = fileId, Step = s }
        : null;

    private async Task LoadAsync(CancellationToken ct)
    {
        Result = await tasks.GetListAsync(new GetReviewTasksInput
        {
            Search = Search, Kind = Kind, ContainerId = ContainerId, Step = Step, DistrictId = DistrictId, Urgency = Urgency, Sort = Sort,
            Descending = Descending, SkipCount = (Math.Max(PageNumber, 1) - 1) * PageSize, MaxResultCount = PageSize,
        }, ct);
    }
}
