using P = RobotPlan.Permissions.RobotPlanPermissions;

namespace RobotPlan.Web.Pages.Announcements.Manage;

/// <summary>Municipal reviewers: every announcement (scheduled, expired, withdrawn too) and a form for a new one.</summary>
[Authorize(P.Announcements.Manage)]
public sealed class IndexModel(IAnnouncementAppService announcements, RobotPlan.CatalogBatches.ICatalogBatchAppService batches,
    RobotPlan.SubsidyPrograms.ISubsidyProgramAppService programs, IStringLocalizer<RobotPlanResource> L) : PageModel
{
    [BindProperty] public SaveAnnouncementDto Input { get; set; } = new() { Kind = AnnouncementKind.CallForApplications };

    public PagedResultDto<AnnouncementDto> Result { get; private set; } = new(0, []);
    public AnnouncementLinkOptions Links { get; } = new(batches, programs);

    public async Task OnGetAsync(CancellationToken ct) => await LoadAsync(ct);

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        if (ModelState.IsValid)
        {
            try
            {
                var created = await announcements.CreateAsync(Input, ct);
                TempData["Message"] = L["Common:Saved"].Value;
                return RedirectToPage("Edit", new { id = created.Id });
            }
            catch (Exception e) when (this.TryShow(e, L, "Input"))
            {
            }
        }
        await LoadAsync(ct);
        return Page();
    }

    private async Task LoadAsync(CancellationToken ct)
    {
        Result = await announcements.GetListAsync(new GetAnnouncementsInput { MaxResultCount = 100 }, ct);
        await Links.LoadAsync(ct);
    }
}
