namespace RobotPlan.EntityFrameworkCore.AuditLogging;

internal sealed class AuditLogRepository(RobotPlanDbContext db) : IAuditLogRepository
{
    /// <summary>Appends queue in the node first, so a burst holds one database connection, not one per waiting request.</summary>
    private static readonly SemaphoreSlim OneAppendPerNode = new(1, 1);

    /// <summary>The PostgreSQL advisory lock every node takes to append ("RPaudit" as a number; any constant shared by the nodes).</summary>
    private const long ChainLockKey = 0x52_50_61_75_64_69_74;

    /// <summary>
    /// The chain interceptor reads the last link and the insert takes the next sequence number; two appends in between
    /// used to collide on the unique sequence and retry — under a two-node rush (issue #18, P-7) twenty retries were not
    /// enough and audit rows were lost. Now the read and the insert happen in one transaction that holds the chain:
    /// PostgreSQL's transaction-scoped advisory lock across nodes; SQLite's turn to write (SqliteWriteQueue) and its
    /// write transaction (BEGIN IMMEDIATE, one writer per file) on its single node.
    /// </summary>
    public async Task AppendAsync(AuditLog log, CancellationToken ct)
    {
        await OneAppendPerNode.WaitAsync(ct);
        try
        {
            using var turn = await SqliteWriteQueue.EnterAsync(db, ct);
            await using var transaction = await db.Database.BeginTransactionAsync(ct);
            if (db.Database.IsNpgsql()) await db.Database.ExecuteSqlAsync($"SELECT pg_advisory_xact_lock({ChainLockKey})", ct);
            db.AuditLogs.Add(log);
            await db.SaveChangesAsync(ct);
            await transaction.CommitAsync(ct);
        }
        finally
        {
            OneAppendPerNode.Release();
        }
    }

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
