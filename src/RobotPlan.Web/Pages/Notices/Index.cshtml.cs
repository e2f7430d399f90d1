namespace RobotPlan.Web.Pages.Notices;

/// <summary>公示 is public: current and past notices, no login.</summary>
[AllowAnonymous]
public sealed class IndexModel(IPublicNoticeAppService notices) : PageModel
{
    public const int PageSize = 20;

    [BindProperty(SupportsGet = true)]
    public bool OpenOnly { get; set; }

    [BindProperty(SupportsGet = true)]
    public int PageNumber { get; set; } = 1;

    public PagedResultDto<PublicNoticeDto> Result { get; private set; } = new(0, []);

    public Pager Pager => new(Result.TotalCount, PageNumber, PageSize, Request);

    public async Task OnGetAsync(CancellationToken ct)
    {
        // A hand-edited page number shows the first page, never an error.
        PageNumber = Math.Clamp(PageNumber, 1, 100_000);
        Result = await notices.GetPublicListAsync(new GetPublicNoticesInput
        {
            OpenOnly = OpenOnly, SkipCount = (PageNumber - 1) * PageSize, MaxResultCount = PageSize,
        }, ct);
    }
}
