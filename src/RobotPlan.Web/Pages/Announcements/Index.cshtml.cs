namespace RobotPlan.Web.Pages.Announcements;

/// <summary>通知公告 on the portal: public, newest first, filterable by kind; the Atom feed is linked.</summary>
[AllowAnonymous]
public sealed class IndexModel(IAnnouncementAppService announcements) : PageModel
{
    public const int PageSize = 20;

    [BindProperty(SupportsGet = true)] public AnnouncementKind? Kind { get; set; }
    [BindProperty(SupportsGet = true)] public int PageNumber { get; set; } = 1;

    public PagedResultDto<AnnouncementDto> Result { get; private set; } = new(0, []);

    public Pager Pager => new(Result.TotalCount, PageNumber, PageSize, Request);

    public async Task OnGetAsync(CancellationToken ct)
    {
        PageNumber = Math.Clamp(PageNumber, 1, 5_000);
        if (!ModelState.IsValid) Kind = null;
        Result = await announcements.GetPublicListAsync(new GetAnnouncementsInput
        {
            Kind = Kind, SkipCount = (PageNumber - 1) * PageSize, MaxResultCount = PageSize,
        }, ct);
    }
}
