using P = RobotPlan.Permissions.RobotPlanPermissions;

namespace RobotPlan.AuditLogging;

public sealed class AuditLogAppService(IAuditLogRepository auditLogs, ICurrentUser currentUser) : IAuditLogAppService
{
    public async Task<PagedResultDto<AuditLogDto>> GetListAsync(GetAuditLogsInput input, CancellationToken ct)
    {
        currentUser.CheckPermission(P.AuditLogs.Default);
        var (total, items) = await auditLogs.GetPageAsync(new AuditLogFilter(
            input.UserName, input.HttpMethod?.ToUpperInvariant(), input.StatusCode, input.SkipCount, input.MaxResultCount), ct);
        return new(total, items.Select(l => l.ToDto()).ToList());
    }
}
