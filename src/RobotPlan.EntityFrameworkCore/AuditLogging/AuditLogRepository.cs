using System.Collections.Concurrent;

namespace RobotPlan.EntityFrameworkCore.AuditLogging;

internal sealed class AuditLogRepository(RobotPlanDbContext db) : IAuditLogRepository
{
    /// <summary>
    /// Appends queue in the node first, so a burst holds one database connection, not one per waiting request; the logs
    /// waiting in the node (per database) are written together when the turn comes — a group commit.
    /// </summary>
    private static readonly ConcurrentDictionary<string, AuditAppendQueue> Queues = new(StringComparer.Ordinal);

    /// <summary>The PostgreSQL advisory lock every node takes to append ("RPaudit" as a number; any constant shared by the nodes).</summary>
    private const long ChainLockKey = 0x52_50_61_75_64_69_74;

    /// <summary>
    /// The chain interceptor reads the last link and the insert takes the next sequence number; two appends in between
    /// used to collide on the unique sequence and retry — under a two-node rush (issue #18, P-7) twenty retries were not
    /// enough and audit rows were lost. Now the read and the insert happen in one transaction that holds the chain:
    /// PostgreSQL's transaction-scoped advisory lock across nodes; SQLite's turn to write (SqliteWriteQueue) and its
    /// write transaction (BEGIN IMMEDIATE, one writer per file) on its single node.
    /// Issue #18 (P-7): one transaction per request made every state-changing request wait for its own turn at the
    /// chain. Now whoever gets the turn writes every log waiting in the node (group commit, like a database's own WAL
    /// flush): the caller still returns only once its log is committed, but a burst of N requests pays a few commits,
    /// not N. A batch that fails is retried one log at a time, so one bad row cannot lose the others.
    /// </summary>
    public async Task AppendAsync(AuditLog log, CancellationToken ct)
    {
        var queue = Queues.GetOrAdd(db.Database.GetConnectionString() ?? "", _ => new AuditAppendQueue());
        var written = queue.Enqueue(log);
        // Cancelled while waiting for the turn, the log stays queued and the next append writes it.
        await queue.Turn.WaitAsync(ct);
        try
        {
            // More than a batch may be waiting ahead of this log; whoever holds the turn writes until its own is in.
            while (!written.IsCompleted) await WriteWaitingAsync(queue);
        }
        finally
        {
            queue.Turn.Release();
        }
        await written;
    }

    /// <summary>Not cancellable: the batch holds other requests' logs.</summary>
    private async Task WriteWaitingAsync(AuditAppendQueue queue)
    {
        var batch = queue.TakeWaiting();
        try
        {
            await WriteAsync(batch.ConvertAll(w => w.Log));
            foreach (var waiting in batch) waiting.Written.TrySetResult();
        }
        catch (Exception) when (batch.Count > 1)
        {
            foreach (var waiting in batch)
            {
                try
                {
                    await WriteAsync([waiting.Log]);
                    waiting.Written.TrySetResult();
                }
                catch (Exception ex)
                {
                    waiting.Written.TrySetException(ex);
                }
            }
        }
        catch (Exception ex)
        {
            foreach (var waiting in batch) waiting.Written.TrySetException(ex);
        }
    }

    /// <summary>Appends in one transaction; the logs are detached afterwards, written or not (a failed batch is retried).</summary>
    private async Task WriteAsync(IReadOnlyCollection<AuditLog> logs)
    {
        try
        {
            using var turn = await SqliteWriteQueue.EnterAsync(db, CancellationToken.None);
            await using var transaction = await db.Database.BeginTransactionAsync();
            if (db.Database.IsNpgsql()) await db.Database.ExecuteSqlAsync($"SELECT pg_advisory_xact_lock({ChainLockKey})");
            db.AuditLogs.AddRange(logs);
            await db.SaveChangesAsync();
            await transaction.CommitAsync();
        }
        finally
        {
            // The append's own context (the middleware's fresh scope): nothing else of it is pending.
            db.ChangeTracker.Clear();
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
