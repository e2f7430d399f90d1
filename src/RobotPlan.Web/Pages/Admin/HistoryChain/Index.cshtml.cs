using RobotPlan.HistoryChains;
using P = RobotPlan.Permissions.RobotPlanPermissions;

namespace RobotPlan.Web.Pages.Admin.HistoryChain;

/// <summary>Verifies the tamper-evident histories on request (?verify=true) and shows each table's first broken link.</summary>
[Authorize(P.History.Verify)]
public sealed class IndexModel(IHistoryChainAppService chains) : PageModel
{
    public HistoryChainReportDto? Report { get; private set; }

    public async Task OnGetAsync(bool verify, CancellationToken ct)
    {
        if (verify) Report = await chains.VerifyAsync(ct);
    }
}
