using RobotPlan.Web.Pages.Catalogs;
using P = RobotPlan.Permissions.RobotPlanPermissions;

namespace RobotPlan.Web.Pages.Announcements.Manage;

/// <summary>Change an announcement, add or remove its attachments (the upload rules of S-B), or withdraw it.</summary>
[Authorize(P.Announcements.Manage)]
public sealed class EditModel(IAnnouncementAppService announcements, RobotPlan.CatalogBatches.ICatalogBatchAppService batches,
    RobotPlan.SubsidyPrograms.ISubsidyProgramAppService programs, IStringLocalizer<RobotPlanResource> L) : PageModel
{
    [BindProperty] public SaveAnnouncementDto Input { get; set; } = new();

    public AnnouncementDto Announcement { get; private set; } = null!;
    public AnnouncementLinkOptions Links { get; } = new(batches, programs);

    public async Task OnGetAsync(Guid id, CancellationToken ct)
    {
        await LoadAsync(id, ct);
        Input = new SaveAnnouncementDto
        {
            Kind = Announcement.Kind, Title = Announcement.Title, Body = Announcement.Body, BatchId = Announcement.BatchId,
            ProgramId = Announcement.ProgramId, PublishAt = CatalogBatches.CatalogBatchMapper.ToLocal(Announcement.PublishAt),
            ExpiresAt = Announcement.ExpiresAt is { } e ? CatalogBatches.CatalogBatchMapper.ToLocal(e) : null,
            ConcurrencyStamp = Announcement.ConcurrencyStamp,
        };
    }

    public Task<IActionResult> OnPostAsync(Guid id, CancellationToken ct) =>
        ActAsync(id, () => announcements.UpdateAsync(id, Input, ct), ct, validate: true);

    public Task<IActionResult> OnPostWithdrawAsync(Guid id, CancellationToken ct) => ActAsync(id, () => announcements.WithdrawAsync(id, ct), ct);

    public Task<IActionResult> OnPostRemoveAsync(Guid id, Guid fileId, CancellationToken ct) =>
        ActAsync(id, () => announcements.RemoveAttachmentAsync(id, fileId, ct), ct);

    public Task<IActionResult> OnPostUploadAsync(Guid id, IFormFile? upload, CancellationToken ct)
    {
        if (upload is null) ModelState.AddModelError("Upload", L["RobotPlan:Upload.Empty"].Value);
        return ActAsync(id, () => announcements.AddAttachmentAsync(id, new FileUpload(upload!.OpenReadStream(), upload.FileName, upload.Length), ct),
            ct, validate: upload is null);
    }

    private async Task<IActionResult> ActAsync(Guid id, Func<Task<AnnouncementDto>> act, CancellationToken ct, bool validate = false)
    {
        if (!validate || ModelState.IsValid)
        {
            try
            {
                await act();
                TempData["Message"] = L["Common:Saved"].Value;
                return RedirectToPage(new { id });
            }
            catch (Exception e) when (this.TryShow(e, L, "Input"))
            {
            }
        }
        await LoadAsync(id, ct);
        return Page();
    }

    private async Task LoadAsync(Guid id, CancellationToken ct)
    {
        Announcement = await announcements.GetAsync(id, ct);
        await Links.LoadAsync(ct);
    }
}
