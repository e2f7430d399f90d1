using P = RobotPlan.Permissions.RobotPlanPermissions;

namespace RobotPlan.Web.Pages.Experts.Profiles;

[Authorize(P.Catalogs.ManageExperts)]
public sealed class IndexModel(IExpertAppService experts, IReferenceDataAppService referenceData, IStringLocalizer<RobotPlanResource> L)
    : PageModel
{
    public IReadOnlyList<ExpertProfileDto> Profiles { get; private set; } = [];

    public ExpertFieldNames Fields { get; private set; } = ExpertFieldNames.None;

    public async Task OnGetAsync(CancellationToken ct)
    {
        Profiles = await experts.GetListAsync(ct);
        Fields = await ExpertFieldNames.LoadAsync(referenceData, L, ct);
    }
}
