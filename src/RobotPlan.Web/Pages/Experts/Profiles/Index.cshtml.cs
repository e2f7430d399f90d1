using P = RobotPlan.Permissions.RobotPlanPermissions;

namespace RobotPlan.Web.Pages.Experts.Profiles;

[Authorize(P.Catalogs.ManageExperts)]
public sealed class IndexModel(IExpertAppService experts) : PageModel
{
    public IReadOnlyList<ExpertProfileDto> Profiles { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken ct) => Profiles = await experts.GetListAsync(ct);
}
