using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using RobotPlan.SeedWork;
using RobotPlan.Timing;

namespace RobotPlan.Payouts;

/// <summary>
/// approved awards in no batch become one draft batch, each item held when its payee may not be paid.
/// The daily job and finance's "assemble now" both use it. Re-runnable: awards already in a batch are not gathered
/// again. Two runs at once: the day's number counter serializes them, so the second finds nothing left and answers
/// null (a lost race leaves a gap in that day's numbers, never a duplicate).
/// </summary>
public sealed class PayoutBatchAssembler(IPayoutBatchRepository batches, IPayeeHoldCheck holds, IUnitOfWork unitOfWork, TimeProvider clock,
    IOptions<PayoutOptions> options, ILogger<PayoutBatchAssembler> logger)
{
    /// <summary>The new draft batch, saved; null when no approved award waits.</summary>
    public async Task<PayoutBatch?> AssembleAsync(CancellationToken ct = default)
    {
        // The usual case, nothing waiting, takes no number and no lock.
        if ((await batches.GetUnbatchedApprovedAwardsAsync(1, ct)).Count == 0) return null;
        return await unitOfWork.InTransactionAsync(async () =>
        {
            var today = clock.Today();
            var number = await batches.NextNumberAsync(today, ct);
            var awards = await batches.GetUnbatchedApprovedAwardsAsync(options.Value.MaxAwardsPerBatch, ct);
            if (awards.Count == 0) return null;
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
            return (PayoutBatch?)batch;
        }, ct);
    }
}
