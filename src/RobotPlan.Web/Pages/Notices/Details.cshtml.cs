namespace RobotPlan.Web.Pages.Notices;

/// <summary>One notice, public: its files, the window, how to object, and the real-name objection form while the window is open.</summary>
[AllowAnonymous]
public sealed class DetailsModel(IPublicNoticeAppService notices, IStringLocalizer<RobotPlanResource> L) : PageModel
{
    public PublicNoticeDto Notice { get; private set; } = null!;

    public CreateObjectionDto Input { get; set; } = new();

    /// <summary>Named for the upload field, so its errors show next to it.</summary>
    public IFormFile? Upload { get; set; }

    public async Task OnGetAsync(Guid id, CancellationToken ct) => Notice = await notices.GetPublicAsync(id, ct);

    public async Task<IActionResult> OnPostAsync(Guid id, [FromForm(Name = "Input")] CreateObjectionDto input,
        [FromForm(Name = "Upload")] IFormFile? upload, CancellationToken ct)
    {
        Input = input;
        if (ModelState.IsValid)
        {
            try
            {
                await using var content = upload?.OpenReadStream();
                var evidence = upload is null ? null : new FileUpload(content!, upload.FileName, upload.Length);
                await notices.ObjectAsync(id, input, evidence, ct);
                TempData["Message"] = L["ExpertPage:ObjectionReceived"].Value;
                return RedirectToPage(new { id });
            }
            catch (Exception e) when (this.TryShow(e, L, "Input"))
            {
            }
        }
        await OnGetAsync(id, ct);
        return Page();
    }
}
