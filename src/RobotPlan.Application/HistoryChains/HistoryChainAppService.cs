using P = RobotPlan.Permissions.RobotPlanPermissions;

namespace RobotPlan.HistoryChains;

public sealed class HistoryChainAppService(IHistoryChainVerifier verifier, ICurrentUser currentUser, TimeProvider clock) : IHistoryChainAppService
{
    public async Task<HistoryChainReportDto> VerifyAsync(CancellationToken ct)
    {
        currentUser.CheckPermission(P.History.Verify);
        var results = await verifier.VerifyAsync(ct);
        var chains = results.Select(r => new HistoryChainResultDto(r.Chain, r.Rows, r.Streams, r.FirstBreak is null, r.FirstBreak?.Stream,
            r.FirstBreak?.Sequence, r.FirstBreak?.RowId, r.FirstBreak?.Problem)).ToList();
        return new HistoryChainReportDto(chains.All(c => c.Intact), clock.GetUtcNow().UtcDateTime, chains);
    }
}
