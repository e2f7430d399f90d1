using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc.RazorPages;
using RobotPlan.Enterprises;

namespace RobotPlan.Web.Pages.Enterprises;

/// <summary>The claimant's own USCC disputes and how they were decided (issue #14).</summary>
[Authorize]
public sealed class DisputeModel(IUsccDisputeAppService disputes) : PageModel
{
    public IReadOnlyList<UsccDisputeDto> Disputes { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken ct) => Disputes = await disputes.GetMineAsync(ct);
}
