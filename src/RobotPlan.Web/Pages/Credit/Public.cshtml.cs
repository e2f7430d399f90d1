using RobotPlan.Credit;

namespace RobotPlan.Web.Pages.Credit;

/// <summary>The public dishonesty list (as 信用中国 publishes): serious-dishonesty records in force; ?keyword=USCC is an enterprise's page.</summary>
[AllowAnonymous]
[EnableRateLimiting(RateLimitSetup.PublicSearch)]
public sealed class PublicModel(IPublicCreditAppService credit) : PageModel
{
    public const int PageSize = 50;

    [BindProperty(SupportsGet = true)]
    public GetPublicCreditRecordsInput Filter { get; set; } = new();

    [BindProperty(SupportsGet = true)]
    public int PageNumber { get; set; } = 1;

    public PagedResultDto<PublicCreditRecordDto> Result { get; private set; } = new(0, []);
    public Pager Pager => new(Result.TotalCount, PageNumber, PageSize, Request);

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        if (!ModelState.IsValid || PageNumber < 1) return RedirectToPage();
        Filter.SkipCount = (PageNumber - 1) * PageSize;
        Filter.MaxResultCount = PageSize;
        Result = await credit.GetListAsync(Filter, ct);
        return Page();
    }
}
