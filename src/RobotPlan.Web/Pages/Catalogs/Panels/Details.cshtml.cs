using RobotPlan.ExpertPanels;
using P = RobotPlan.Permissions.RobotPlanPermissions;

namespace RobotPlan.Web.Pages.Catalogs;

/// <summary>The municipal reviewer's view of a file's expert panel: draw it, follow its members, and re-check the draw .</summary>
[Authorize(P.Catalogs.MunicipalReview)]
public sealed class PanelDetailsModel(IExpertPanelAppService panels, ICatalogApplicationAppService applications,
    IStringLocalizer<RobotPlanResource> L) : PageModel
{
    public CatalogApplicationDto Application { get; private set; } = null!;

    /// <summary>Null until drawn.</summary>
    public ExpertPanelDto? Panel { get; private set; }

    /// <summary>Set only after "verify draw" was pressed.</summary>
    public PanelVerificationDto? Verification { get; private set; }

    public Task OnGetAsync(Guid applicationId, CancellationToken ct) => LoadAsync(applicationId, ct);

    public async Task<IActionResult> OnPostDrawAsync(Guid applicationId, CancellationToken ct)
    {
        try
        {
            await panels.DrawAsync(new DrawExpertPanelDto { ApplicationId = applicationId }, ct);
            TempData["Message"] = L["ExpertPage:PanelDrawn"].Value;
            return RedirectToPage(new { applicationId });
        }
        catch (Exception e) when (this.TryShow(e, L, "Input"))
        {
        }
        await LoadAsync(applicationId, ct);
        return Page();
    }

    public async Task<IActionResult> OnPostVerifyAsync(Guid applicationId, CancellationToken ct)
    {
        await LoadAsync(applicationId, ct);
        if (Panel is not null) Verification = await panels.VerifyAsync(Panel.Id, ct);
        return Page();
    }

    private async Task LoadAsync(Guid applicationId, CancellationToken ct)
    {
        Application = await applications.GetAsync(applicationId, ct);
        try
        {
            Panel = await panels.GetByApplicationAsync(applicationId, ct);
        }
        catch (EntityNotFoundException)
        {
            // Not drawn yet: the page offers the draw instead.
            Panel = null;
        }
    }
}
