using Microsoft.Extensions.Logging;
using RobotPlan.SeedWork;

namespace RobotPlan.Payouts;

/// <summary>A batch's side of a run — start, what is due, finish — each step in the scope <see cref="PayoutExecutor"/> opens for it.</summary>
public sealed class PayoutBatchProgress(IPayoutBatchRepository batches, IPaymentRepository payments, IUnitOfWork unitOfWork, TimeProvider clock,
    ILogger<PayoutBatchProgress> logger)
{
    public async Task<bool> StartAsync(Guid batchId, CancellationToken ct = default)
    {
        var batch = await batches.FindAsync(batchId, ct);
        if (batch is null) return false;
        batch.MarkExecuting();
        return await SaveAsync(ct);
    }

    /// <summary>Ids of the batch's payments an executor could claim now (<see cref="Payment.IsDueAt"/>).</summary>
    public Task<List<Guid>> GetDueAsync(Guid batchId, int max, CancellationToken ct = default) => payments.GetDueIdsAsync(batchId, Now, max, ct);

    /// <summary>Counts the batch's payments, marks it done when it is paid in full, and says when to run again.</summary>
    public async Task<PayoutRunResult> FinishAsync(Guid batchId, int handled, CancellationToken ct = default)
    {
        var counts = await payments.CountByStatusAsync(batchId, ct);
        var batch = await batches.FindAsync(batchId, ct);
        var paidInFull = batch is not null && batch.IsPaidInFull(counts);
        if (paidInFull && batch!.MarkDone(counts, Now)) await SaveAsync(ct);
        return new PayoutRunResult(handled, counts, paidInFull, await payments.GetNextRetryAsync(batchId, ct));
    }

    private async Task<bool> SaveAsync(CancellationToken ct)
    {
        try
        {
            await unitOfWork.SaveChangesAsync(ct);
            return true;
        }
        catch (ConcurrencyConflictException)
        {
            // A concurrent executor moved the batch the same way.
            logger.LogDebug("A concurrent executor moved the payout batch first");
            return false;
        }
    }

    private DateTime Now => clock.GetUtcNow().UtcDateTime;
}

public sealed record PayoutRunResult(int Handled, IReadOnlyDictionary<PaymentStatus, int> Counts, bool Done, DateTime? NextRetryAtUtc);
