namespace RobotPlan.EntityFrameworkCore.AuditLogging;

/// <summary>
/// The audit logs of one node waiting to be appended to one database's chain, and the turn to append them
/// (see <see cref="AuditLogRepository.AppendAsync"/>). At most <see cref="MaxBatch"/> logs go in one transaction, so a
/// burst's first commit does not grow without bound.
/// </summary>
internal sealed class AuditAppendQueue
{
    public const int MaxBatch = 200;

    private readonly Queue<WaitingLog> _waiting = new();

    public SemaphoreSlim Turn { get; } = new(1, 1);

    /// <returns>A task that completes once the log is committed (or fails with the reason it could not be).</returns>
    public Task Enqueue(AuditLog log)
    {
        var waiting = new WaitingLog(log, new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously));
        lock (_waiting) _waiting.Enqueue(waiting);
        return waiting.Written.Task;
    }

    public List<WaitingLog> TakeWaiting()
    {
        lock (_waiting)
        {
            var batch = new List<WaitingLog>(Math.Min(_waiting.Count, MaxBatch));
            while (batch.Count < MaxBatch && _waiting.TryDequeue(out var waiting)) batch.Add(waiting);
            return batch;
        }
    }

    internal sealed record WaitingLog(AuditLog Log, TaskCompletionSource Written);
}
