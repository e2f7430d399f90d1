using RobotPlan.ExpertPanels;
using RobotPlan.Web.Pages.Experts;
using P = RobotPlan.Permissions.RobotPlanPermissions;

namespace RobotPlan.Web.Pages.Catalogs;

/// <summary>The municipal reviewer's view of a file's expert panel: draw it, follow its members, and re-check the draw .</summary>
[Authorize(P.Catalogs.MunicipalReview)]
public sealed class PanelDetailsModel(IExpertPanelAppService panels, ICatalogApplicationAppService applications,
    RobotPlan.Experts.IExpertAppService experts, IReferenceDataAppService referenceData, IStringLocalizer<RobotPlanResource> L) : PageModel
{
    /// <summary>The expert pool by user id: candidates and the recomputed order are shown by name, unit and fields.</summary>
    public IReadOnlyDictionary<Guid, RobotPlan.Experts.ExpertProfileDto> ExpertsByUser { get; private set; } =
        new Dictionary<Guid, RobotPlan.Experts.ExpertProfileDto>();

    /// <summary>
    /// Experts kept out of this file's draw because they work for the applicant or declared a conflict with it (R-14,
    /// four-eyes): the reviewer sees them before confirming the draw.
    /// </summary>
    public IReadOnlyList<RobotPlan.Experts.ExpertProfileDto> Recused { get; private set; } = [];

    /// <summary>The seed as 16 hex digits in groups of four, so it can be read out and compared.</summary>
    public static string Readable(long seed) => string.Join(" ", ((ulong)seed).ToString("X16", CultureInfo.InvariantCulture).Chunk(4).Select(c => new string(c)));

    public ExpertFieldNames Fields { get; private set; } = ExpertFieldNames.None;

    public string NameOf(Guid userId) => ExpertsByUser.TryGetValue(userId, out var e) ? e.DisplayName ?? e.UserName ?? userId.ToString() : userId.ToString();

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
        var pool = await experts.GetListAsync(ct);
        ExpertsByUser = pool.ToDictionary(e => e.UserId);
        Fields = await ExpertFieldNames.LoadAsync(referenceData, L, ct);
        Recused = [.. pool.Where(e => e.EmployerEnterpriseId == Application.EnterpriseId || e.ConflictEnterpriseIds.Contains(Application.EnterpriseId))];
    }
}
