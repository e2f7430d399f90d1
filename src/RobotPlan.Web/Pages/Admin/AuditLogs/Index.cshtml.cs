using RobotPlan.AuditLogging;
using P = RobotPlan.Permissions.RobotPlanPermissions;

namespace RobotPlan.Web.Pages.Admin.AuditLogs;

[Authorize(P.AuditLogs.Default)]
public sealed class IndexModel(IAuditLogAppService auditLogs) : PageModel
{
    public const int PageSize = 50;

    [BindProperty(SupportsGet = true)]
    public GetAuditLogsInput Filter { get; set; } = new();

    [BindProperty(SupportsGet = true)]
    public int PageNumber { get; set; } = 1;

    public PagedResultDto<AuditLogDto> Result { get; private set; } = new(0, []);
    public Pager Pager => new(Result.TotalCount, PageNumber, PageSize, Request);

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        if (!ModelState.IsValid || PageNumber < 1) return RedirectToPage();
        Filter.SkipCount = (PageNumber - 1) * PageSize;
        Filter.MaxResultCount = PageSize;
        Result = await auditLogs.GetListAsync(Filter, ct);
        return Page();
    }
}
