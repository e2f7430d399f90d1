using P = RobotPlan.Permissions.RobotPlanPermissions;

namespace RobotPlan.AuditLogging;

[Route("api/app/audit-logs")]
public sealed class AuditLogController(IAuditLogAppService auditLogs) : RobotPlanAppControllerBase
{
    [HttpGet]
    [Authorize(P.AuditLogs.Default)]
    public Task<PagedResultDto<AuditLogDto>> GetListAsync([FromQuery] GetAuditLogsInput input, CancellationToken ct) =>
        auditLogs.GetListAsync(input, ct);
}
