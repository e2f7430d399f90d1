using System.Collections.Concurrent;

namespace RobotPlan.EntityFrameworkCore;

/// <summary>
/// SQLite has one writer per database file. Left to themselves, concurrent writers wait inside SQLite's busy handler,
/// which blocks a pooled thread, sleeps in growing steps and retries: in the deadline rush (issue #18, P-7) saves waited
/// 15–25 s for a lock that was often free, and the blocked threads held up every other request. The writers of one
/// process queue here instead — asynchronously, first come first served — and each finds the lock free when its turn
/// comes. Other processes (the DbMigrator, tools) still meet the busy timeout. PostgreSQL needs none of this.
/// </summary>
internal static class SqliteWriteQueue
{
    private static readonly ConcurrentDictionary<string, SemaphoreSlim> Databases = new(StringComparer.Ordinal);

    /// <summary>Waits for this database's turn to write; disposing the result passes the turn on (null on PostgreSQL).</summary>
    public static async ValueTask<IDisposable?> EnterAsync(DbContext db, CancellationToken ct)
    {
        if (QueueOf(db) is not { } queue) return null;
        await queue.WaitAsync(ct);
        return new Turn(queue);
    }

    /// <inheritdoc cref="EnterAsync"/>
    public static IDisposable? Enter(DbContext db)
    {
        if (QueueOf(db) is not { } queue) return null;
        queue.Wait();
        return new Turn(queue);
    }

    private static SemaphoreSlim? QueueOf(DbContext db) =>
        db.Database.IsSqlite() && db.Database.GetConnectionString() is { } connection
            ? Databases.GetOrAdd(connection, _ => new SemaphoreSlim(1, 1))
            : null;

    private sealed class Turn(SemaphoreSlim queue) : IDisposable
    {
        private int _released;

        public void Dispose()
        {
            if (Interlocked.Exchange(ref _released, 1) == 0) queue.Release();
        }
    }
}
