using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc.RazorPages;
using RobotPlan.Enterprises;
using P = RobotPlan.Permissions.RobotPlanPermissions;

namespace RobotPlan.Web.Pages.Enterprises.Verifications;

/// <summary>The district reviewer's list: enterprises of its jurisdiction waiting for verification (issue #14).</summary>
[Authorize(P.Enterprises.Verify)]
public sealed class IndexModel(IEnterpriseAppService enterprises) : PageModel
{
    public IReadOnlyList<EnterpriseDto> Waiting { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken ct) =>
        Waiting = (await enterprises.GetListAsync(new GetEnterprisesInput
        {
            VerificationStatus = EnterpriseVerificationStatus.Submitted, MaxResultCount = 100, Sorting = "creationTime",
        }, ct)).Items;
}
