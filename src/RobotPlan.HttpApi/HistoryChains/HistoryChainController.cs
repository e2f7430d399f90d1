using P = RobotPlan.Permissions.RobotPlanPermissions;

namespace RobotPlan.HistoryChains;

[Route("api/app/history-chains")]
[Authorize(P.History.Verify)]
public sealed class HistoryChainController(IHistoryChainAppService chains) : RobotPlanAppControllerBase
{
    /// <summary>Recomputes every chained history and reports each table's first broken link.</summary>
    [HttpGet("verify")]
    public Task<HistoryChainReportDto> VerifyAsync(CancellationToken ct) => chains.VerifyAsync(ct);
}
