namespace RobotPlan.AuditLogging;

/// <summary>Read side of the audit log (the Web host's middleware writes it).</summary>
public interface IAuditLogRepository
{
    /// <summary>Newest first, each with its entity changes.</summary>
    Task<(int TotalCount, List<AuditLog> Items)> GetPageAsync(AuditLogFilter filter, CancellationToken ct = default);
}

public sealed record AuditLogFilter(string? UserName, string? HttpMethod, int? StatusCode, int SkipCount, int MaxResultCount);
