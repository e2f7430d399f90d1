namespace RobotPlan.Web.Pages;

public sealed class IndexModel(IAnnouncementAppService announcements) : PageModel
{
    public IReadOnlyList<AnnouncementDto> Latest { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken ct) =>
        Latest = (await announcements.GetPublicListAsync(new GetAnnouncementsInput { MaxResultCount = AnnouncementConsts.LatestCount }, ct)).Items;
}
