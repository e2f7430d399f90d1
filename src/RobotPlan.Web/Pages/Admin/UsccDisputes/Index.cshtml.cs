using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using RobotPlan.Enterprises;
using P = RobotPlan.Permissions.RobotPlanPermissions;

namespace RobotPlan.Web.Pages.Admin.UsccDisputes;

/// <summary>Administrators: USCC disputes, open ones first by default (issue #14).</summary>
[Authorize(P.Enterprises.Manage)]
public sealed class IndexModel(IUsccDisputeAppService disputes) : PageModel
{
    [BindProperty(SupportsGet = true)]
    public UsccDisputeStatus? Status { get; set; } = UsccDisputeStatus.Open;

    public IReadOnlyList<UsccDisputeDto> Disputes { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken ct) =>
        Disputes = (await disputes.GetListAsync(new GetUsccDisputesInput { Status = Status, MaxResultCount = 100 }, ct)).Items;
}
