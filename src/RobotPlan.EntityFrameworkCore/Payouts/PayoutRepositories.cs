using RobotPlan.Payouts;

namespace RobotPlan.EntityFrameworkCore.Payouts;

/// <summary>
/// A batch loads two collections (its items, its history), so every load says how (EF Core warns otherwise): a batch to
/// change in one query, a consistent aggregate; the list split, so a page of batches does not multiply items by history.
/// </summary>
internal sealed class PayoutBatchRepository(RobotPlanDbContext db) : IPayoutBatchRepository
{
    public Task<PayoutBatch?> FindAsync(Guid id, CancellationToken ct) => db.PayoutBatches.AsSingleQuery().FirstOrDefaultAsync(b => b.Id == id, ct);

    public async Task AddAsync(PayoutBatch batch, CancellationToken ct) => await db.PayoutBatches.AddAsync(batch, ct);

    public Task<List<Award>> GetUnbatchedApprovedAwardsAsync(int max, CancellationToken ct) =>
        db.Awards.Where(a => a.Status == AwardStatus.Approved && !db.PayoutItems.Any(i => i.AwardId == a.Id && i.WithdrawnAtUtc == null))
            .OrderBy(a => a.ApprovedAtUtc).ThenBy(a => a.Id).Take(max).ToListAsync(ct);

    public async Task<string> NextNumberAsync(DateOnly day, CancellationToken ct)
    {
        if (db.Database.CurrentTransaction is null)
            throw new InvalidOperationException("Batch numbers are taken inside the assembling transaction.");
        var key = day.Year * 10000 + day.Month * 100 + day.Day;
        // One statement on both providers: creates the day's row or increments it, and holds its write lock until commit,
        // so a racing assembly waits here and then finds the awards already batched.
        var numbers = await db.Database.SqlQuery<int>($"""
            INSERT INTO "PayoutBatchCounters" ("Day", "LastNumber") VALUES ({key}, 1)
            ON CONFLICT ("Day") DO UPDATE SET "LastNumber" = "PayoutBatchCounters"."LastNumber" + 1
            RETURNING "LastNumber" AS "Value"
            """).ToListAsync(ct);
        return $"PB{key}-{numbers.Single():D4}";
    }

    public Task<bool> AnyAwardAsync(CancellationToken ct) => db.Awards.IgnoreQueryFilters().AnyAsync(ct);

    public async Task<(int Total, List<PayoutBatch> Items)> GetPageAsync(PayoutBatchStatus? status, int skip, int take, CancellationToken ct)
    {
        var query = db.PayoutBatches.AsNoTracking().Where(b => status == null || b.Status == status);
        var total = await query.CountAsync(ct);
        return (total, await query.OrderByDescending(b => b.AssembledAtUtc).ThenByDescending(b => b.Id).Skip(skip).Take(take)
            .AsSplitQuery().ToListAsync(ct));
    }

    public Task<List<PayoutBatch>> GetOpenWithPayeeAsync(Guid payeeEnterpriseId, CancellationToken ct) =>
        db.PayoutBatches.Where(b => (b.Status == PayoutBatchStatus.Draft || b.Status == PayoutBatchStatus.Submitted)
            && b.Items.Any(i => i.PayeeEnterpriseId == payeeEnterpriseId)).AsSingleQuery().ToListAsync(ct);

    public Task<List<Guid>> GetExecutableIdsAsync(CancellationToken ct) =>
        db.PayoutBatches.Where(b => b.Status == PayoutBatchStatus.Approved || b.Status == PayoutBatchStatus.Executing)
            .OrderBy(b => b.ApprovedAtUtc).Select(b => b.Id).ToListAsync(ct);
}

internal sealed class PaymentRepository(RobotPlanDbContext db) : IPaymentRepository
{
    public Task<Payment?> FindAsync(Guid id, CancellationToken ct) => db.Payments.FirstOrDefaultAsync(p => p.Id == id, ct);

    public async Task AddAsync(Payment payment, CancellationToken ct) => await db.Payments.AddAsync(payment, ct);

    public async Task AddAttemptAsync(PaymentAttempt attempt, CancellationToken ct) => await db.PaymentAttempts.AddAsync(attempt, ct);

    public Task<List<PaymentAttempt>> GetAttemptsAsync(Guid paymentId, CancellationToken ct) =>
        db.PaymentAttempts.AsNoTracking().Where(a => a.PaymentId == paymentId).OrderBy(a => a.StartedAtUtc).ThenBy(a => a.Number).ToListAsync(ct);

    public async Task<bool> TryClaimAsync(Guid id, string owner, DateTime now, DateTime leaseUntil, CancellationToken ct)
    {
        var stamp = Guid.NewGuid().ToString("N");
        // ExecuteUpdate bypasses the concurrency token on purpose: the WHERE is the check, and the new stamp makes
        // any executor still holding an older copy of this row fail its final save.
        var rows = await db.Payments.Where(p => p.Id == id).Where(Payment.IsDueAt(now))
            .ExecuteUpdateAsync(s => s
                .SetProperty(p => p.Status, PaymentStatus.Sending)
                .SetProperty(p => p.LeaseOwner, owner)
                .SetProperty(p => p.LeaseUntilUtc, leaseUntil)
                .SetProperty(p => p.AttemptCount, p => p.AttemptCount + 1)
                .SetProperty(p => p.ConcurrencyStamp, stamp), ct);
        return rows == 1;
    }

    public Task<List<Guid>> GetDueIdsAsync(Guid batchId, DateTime now, int max, CancellationToken ct) =>
        db.Payments.Where(p => p.BatchId == batchId).Where(Payment.IsDueAt(now))
            .OrderBy(p => p.Id).Select(p => p.Id).Take(max).ToListAsync(ct);

    public async Task<DateTime?> GetNextRetryAsync(Guid batchId, CancellationToken ct)
    {
        var retrying = db.Payments.Where(p => p.BatchId == batchId);
        var next = await retrying.Where(Payment.IsWaiting)
            .OrderBy(p => p.NextAttemptAtUtc).Select(p => (DateTime?)p.NextAttemptAtUtc).FirstOrDefaultAsync(ct);
        var lease = await retrying.Where(p => p.Status == PaymentStatus.Sending)
            .OrderBy(p => p.LeaseUntilUtc).Select(p => p.LeaseUntilUtc).FirstOrDefaultAsync(ct);
        return next is null ? lease : lease is null ? next : next < lease ? next : lease;
    }

    public async Task<Dictionary<PaymentStatus, int>> CountByStatusAsync(Guid batchId, CancellationToken ct) =>
        await db.Payments.Where(p => p.BatchId == batchId).GroupBy(p => p.Status)
            .Select(g => new { g.Key, Count = g.Count() }).ToDictionaryAsync(x => x.Key, x => x.Count, ct);

    public Task<List<Payment>> GetByBatchAsync(Guid batchId, CancellationToken ct) =>
        db.Payments.AsNoTracking().Where(p => p.BatchId == batchId).OrderBy(p => p.Id).ToListAsync(ct);

    public Task<List<Payment>> GetUnsentOfPayeeAsync(Guid payeeEnterpriseId, CancellationToken ct) =>
        db.Payments.Where(p => p.PayeeEnterpriseId == payeeEnterpriseId && p.Status == PaymentStatus.Pending && p.AttemptCount == 0).ToListAsync(ct);

    public async Task<(int Total, List<Payment> Items)> GetPageAsync(PaymentStatus? status, Guid? batchId, int skip, int take, CancellationToken ct)
    {
        var query = db.Payments.AsNoTracking().Where(p => (status == null || p.Status == status) && (batchId == null || p.BatchId == batchId));
        var total = await query.CountAsync(ct);
        return (total, await query.OrderBy(p => p.Id).Skip(skip).Take(take).ToListAsync(ct));
    }

    public Task<List<Payment>> GetPaidOnAsync(DateOnly valueDate, CancellationToken ct) =>
        db.Payments.AsNoTracking().Where(p => p.Status == PaymentStatus.Paid && p.ValueDate == valueDate).ToListAsync(ct);

    public Task<List<Payment>> GetByKeysAsync(IReadOnlyCollection<string> keys, CancellationToken ct) =>
        db.Payments.AsNoTracking().Where(p => keys.Contains(p.IdempotencyKey)).ToListAsync(ct);
}

internal sealed class ReconciliationRepository(RobotPlanDbContext db) : IReconciliationRepository
{
    public Task<Reconciliation?> FindAsync(Guid id, CancellationToken ct) => db.Reconciliations.FirstOrDefaultAsync(r => r.Id == id, ct);

    public Task<Reconciliation?> FindByDateAsync(DateOnly date, CancellationToken ct) => db.Reconciliations.FirstOrDefaultAsync(r => r.Date == date, ct);

    public async Task AddAsync(Reconciliation reconciliation, CancellationToken ct) => await db.Reconciliations.AddAsync(reconciliation, ct);

    public async Task<(int Total, List<Reconciliation> Items)> GetPageAsync(int skip, int take, CancellationToken ct)
    {
        var total = await db.Reconciliations.CountAsync(ct);
        return (total, await db.Reconciliations.AsNoTracking().OrderByDescending(r => r.Date).Skip(skip).Take(take).ToListAsync(ct));
    }
}
