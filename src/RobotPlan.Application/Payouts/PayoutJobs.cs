using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using RobotPlan.SeedWork;
using RobotPlan.Timing;

namespace RobotPlan.Payouts;

/// <summary>
/// R-40, daily 02:00 Asia/Shanghai: approved awards in no batch become one draft batch, each item held
/// when its payee may not be paid. Re-runnable: awards already in a batch are not gathered again. Two runs at once
/// (the job and a finance officer's "assemble now"): the day's number counter serializes them, so the second finds
/// nothing left and answers null (a lost race leaves a gap in that day's numbers, never a duplicate).
/// </summary>
public sealed class AssemblePayoutBatchJob(IPayoutBatchRepository batches, IPayeeHoldCheck holds, IUnitOfWork unitOfWork, TimeProvider clock,
    IOptions<PayoutOptions> options, ILogger<AssemblePayoutBatchJob> logger)
{
    public async Task<Guid?> RunAsync(CancellationToken ct = default)
    {
        // The usual case, nothing waiting, takes no number and no lock.
        if ((await batches.GetUnbatchedApprovedAwardsAsync(1, ct)).Count == 0) return null;
        return await unitOfWork.InTransactionAsync(async () =>
        {
            var today = clock.Today();
            var number = await batches.NextNumberAsync(today, ct);
            var awards = await batches.GetUnbatchedApprovedAwardsAsync(options.Value.MaxAwardsPerBatch, ct);
            if (awards.Count == 0) return (Guid?)null;
            var now = clock.GetUtcNow().UtcDateTime;
            var holdByPayee = new Dictionary<Guid, PayoutHoldReason?>();
            var items = new List<PayoutItem>(awards.Count);
            foreach (var award in awards)
            {
                if (!holdByPayee.TryGetValue(award.PayeeEnterpriseId, out var hold))
                    holdByPayee[award.PayeeEnterpriseId] = hold = await holds.FindHoldAsync(award.PayeeEnterpriseId, null, today, ct);
                items.Add(new PayoutItem(award.Id, award.ProgramId, award.PayeeEnterpriseId, award.Amount, hold, now));
            }
            var batch = new PayoutBatch(number, items, now);
            await batches.AddAsync(batch, ct);
            await unitOfWork.SaveChangesAsync(ct);
            logger.LogInformation("Payout batch {Number}: {Count} awards, {Held} held", number, items.Count, items.Count(i => i.HoldReason is not null));
            return batch.Id;
        }, ct);
    }
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
