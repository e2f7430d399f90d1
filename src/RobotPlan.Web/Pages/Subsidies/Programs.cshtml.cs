using P = RobotPlan.Permissions.RobotPlanPermissions;

namespace RobotPlan.Web.Pages.Subsidies;

/// <summary>Programmes with their budget: budget, reserved, paid and remaining, and the parameters in force.</summary>
[Authorize(P.Subsidies.Default)]
public sealed class ProgramsModel(ISubsidyProgramAppService programs) : PageModel
{
    public IReadOnlyList<SubsidyProgramDto> Items { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken ct) => Items = await programs.GetListAsync(null, null, ct);
}
