using RobotPlan.Notifications;

namespace RobotPlan.Web.Pages.Notifications;

/// <summary>The signed-in user's notifications: open one (marks it read and follows its link) or mark all read.</summary>
[Authorize]
public sealed class IndexModel(INotificationAppService notifications) : PageModel
{
    public const int PageSize = 20;

    [BindProperty(SupportsGet = true)]
    public int PageNumber { get; set; } = 1;

    public NotificationListDto Result { get; private set; } = new(0, 0, []);

    public Pager Pager => new(Result.TotalCount, PageNumber, PageSize, Request);

    public async Task OnGetAsync(CancellationToken ct)
    {
        PageNumber = Math.Clamp(PageNumber, 1, 100_000);
        Result = await notifications.GetMineAsync(new GetNotificationsInput { SkipCount = (PageNumber - 1) * PageSize, MaxResultCount = PageSize }, ct);
    }

    public async Task<IActionResult> OnPostOpenAsync(Guid id, CancellationToken ct)
    {
        var note = await notifications.MarkReadAsync(id, ct);
        // Only our own relative links are followed: a stored link is never an open redirect.
        return note.Link is { } link && Url.IsLocalUrl(link) ? LocalRedirect(link) : RedirectToPage();
    }

    public async Task<IActionResult> OnPostReadAllAsync(CancellationToken ct)
    {
        await notifications.MarkAllReadAsync(ct);
        return RedirectToPage();
    }
}
