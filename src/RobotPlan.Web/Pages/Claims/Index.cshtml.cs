using P = RobotPlan.Permissions.RobotPlanPermissions;

namespace RobotPlan.Web.Pages.Claims;

/// <summary>The claims the user may see (an enterprise: its own) with their status, and a reviewer's waiting claims with deadlines.</summary>
[Authorize(P.Claims.Default)]
public sealed class ClaimsIndexModel(ISubsidyClaimAppService claims) : PageModel
{
    public PagedResultDto<SubsidyClaimDto> Result { get; private set; } = new(0, []);
    public IReadOnlyList<ClaimTaskDto> Tasks { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken ct)
    {
        Result = await claims.GetListAsync(new GetSubsidyClaimsInput { MaxResultCount = 100 }, ct);
        Tasks = await claims.GetTasksAsync(ct);
    }
}
