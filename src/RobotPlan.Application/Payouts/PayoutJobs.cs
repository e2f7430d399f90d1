namespace RobotPlan.Payouts;

/// <summary>R-40, daily 02:00 Asia/Shanghai: the batch of whatever approved awards wait (see <see cref="PayoutBatchAssembler"/>).</summary>
public sealed class AssemblePayoutBatchJob(PayoutBatchAssembler assembler)
{
    public async Task<Guid?> RunAsync(CancellationToken ct = default) => (await assembler.AssembleAsync(ct))?.Id;
}

/// <summary>
/// Executes one approved batch (enqueued on approval) and schedules itself again for the next retry. Any
/// number of copies may run: the executor's claims make that harmless.
/// </summary>
public sealed class ExecutePayoutBatchJob(PayoutExecutor executor, IPayoutJobScheduler scheduler)
{
    public async Task RunAsync(Guid batchId, CancellationToken ct = default)
    {
        var result = await executor.ExecuteBatchAsync(batchId, ct);
        if (!result.Done && result.NextRetryAtUtc is { } next) scheduler.ScheduleExecution(batchId, next);
    }
}

/// <summary>Every 5 minutes: executes every approved or executing batch — the safety net for lost or crashed job runs.</summary>
public sealed class SweepPayoutBatchesJob(IPayoutBatchRepository batches, PayoutExecutor executor)
{
    public async Task<int> RunAsync(CancellationToken ct = default)
    {
        var handled = 0;
        foreach (var id in await batches.GetExecutableIdsAsync(ct))
        {
            if (ct.IsCancellationRequested) break;
            handled += (await executor.ExecuteBatchAsync(id, ct)).Handled;
        }
        return handled;
    }
}

/// <summary>How the application asks for a batch to be executed in the background (Hangfire in the Web host).</summary>
public interface IPayoutJobScheduler
{
    void EnqueueExecution(Guid batchId);
    void ScheduleExecution(Guid batchId, DateTime atUtc);
}

/// <summary>Without a job server (tests, the migrator) nothing is queued; the sweep or a direct call executes.</summary>
internal sealed class NoPayoutJobScheduler : IPayoutJobScheduler
{
    public void EnqueueExecution(Guid batchId) { }
    public void ScheduleExecution(Guid batchId, DateTime atUtc) { }
}
