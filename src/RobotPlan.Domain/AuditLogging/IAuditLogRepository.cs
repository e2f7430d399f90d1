namespace RobotPlan.AuditLogging;

/// <summary>The audit log: one hash chain of every request, appended by the Web host's middleware, read by auditors.</summary>
public interface IAuditLogRepository
{
    /// <summary>
    /// Appends one entry to the chain, one writer at a time across every node (each entry links to the one before it,
    /// so concurrent appends must queue, not race).
    /// </summary>
    Task AppendAsync(AuditLog log, CancellationToken ct = default);

    /// <summary>Newest first, each with its entity changes.</summary>
    Task<(int TotalCount, List<AuditLog> Items)> GetPageAsync(AuditLogFilter filter, CancellationToken ct = default);
}

public sealed record AuditLogFilter(string? UserName, string? HttpMethod, int? StatusCode, int SkipCount, int MaxResultCount);
