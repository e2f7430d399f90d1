namespace RobotPlan.Web.Pages;

/// <summary>
/// The home page is for buyers and applicants (issue #16 item 5): a search box (a buyer's main task), the catalogs' key
/// figures, the latest listings, the batches open for applications with their deadlines, the running notices and the
/// latest announcements. Everything on it is public.
/// </summary>
public sealed class IndexModel(
    IListingSearchAppService search,
    ICatalogBatchAppService batches,
    IPublicNoticeAppService notices,
    IAnnouncementAppService announcements,
    TimeProvider clock) : PageModel
{
    private const int LatestListingCount = 6;
    private const int OpenBatchCount = 4;
    private const int NoticeCount = 3;

    /// <summary>The newest listings in force (search's default order: valid from, newest first) and the facets' counts.</summary>
    public ListingSearchResultDto Listings { get; private set; } = new(0, [], new([], [], []));
    public IReadOnlyList<CatalogBatchDto> OpenBatches { get; private set; } = [];
    public IReadOnlyList<PublicNoticeDto> Notices { get; private set; } = [];
    public IReadOnlyList<AnnouncementDto> Latest { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken ct)
    {
        Listings = await search.SearchAsync(new SearchListingsInput { MaxResultCount = LatestListingCount }, ct);
        OpenBatches = await batches.GetOpenAsync(OpenBatchCount, ct);
        Notices = (await notices.GetPublicListAsync(new GetPublicNoticesInput { MaxResultCount = NoticeCount }, ct)).Items;
        Latest = (await announcements.GetPublicListAsync(new GetAnnouncementsInput { MaxResultCount = AnnouncementConsts.LatestCount }, ct)).Items;
    }

    /// <summary>Days left until a batch closes, a started day counted whole (the last day shows 1, not 0).</summary>
    public int DaysLeft(CatalogBatchDto batch) =>
        Math.Max(0, (int)Math.Ceiling((batch.ClosesAt - clock.GetUtcNow().UtcDateTime).TotalDays));
}
