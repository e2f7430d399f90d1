namespace RobotPlan.Web.Pages.Announcements;

[AllowAnonymous]
public sealed class DetailsModel(IAnnouncementAppService announcements) : PageModel
{
    public AnnouncementDto Announcement { get; private set; } = null!;

    public async Task<IActionResult> OnGetAsync(Guid id, CancellationToken ct)
    {
        try
        {
            Announcement = await announcements.GetPublicAsync(id, ct);
            return Page();
        }
        catch (EntityNotFoundException)
        {
            return NotFound();
        }
    }
}
