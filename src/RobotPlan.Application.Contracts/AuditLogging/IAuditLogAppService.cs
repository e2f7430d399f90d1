namespace RobotPlan.AuditLogging;

public interface IAuditLogAppService
{
    /// <summary>Newest first (RobotPlan.AuditLogs).</summary>
    Task<PagedResultDto<AuditLogDto>> GetListAsync(GetAuditLogsInput input, CancellationToken ct = default);
}
