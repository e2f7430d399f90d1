namespace RobotPlan.EntityFrameworkCore.AuditLogging;

internal sealed class AuditLogRepository(RobotPlanDbContext db) : IAuditLogRepository
{
    public async Task<(int TotalCount, List<AuditLog> Items)> GetPageAsync(AuditLogFilter filter, CancellationToken ct)
    {
        var query = db.AuditLogs.AsNoTracking();
        if (!string.IsNullOrWhiteSpace(filter.UserName)) query = query.Where(l => l.UserName == filter.UserName.Trim());
        if (!string.IsNullOrWhiteSpace(filter.HttpMethod)) query = query.Where(l => l.HttpMethod == filter.HttpMethod);
        if (filter.StatusCode is { } status) query = query.Where(l => l.StatusCode == status);
        var total = await query.CountAsync(ct);
        // Id (Guid v7) breaks ties between requests that started in the same tick, keeping pages stable.
        var items = await query.OrderByDescending(l => l.ExecutionTime).ThenByDescending(l => l.Id)
            .Skip(filter.SkipCount).Take(filter.MaxResultCount)
            .Include(l => l.EntityChanges)
            .AsSplitQuery()
            .ToListAsync(ct);
        return (total, items);
    }
}
