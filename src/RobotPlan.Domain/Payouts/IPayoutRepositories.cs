using RobotPlan.SubsidyAwards;

namespace RobotPlan.Payouts;

public interface IPayoutBatchRepository
{
    Task<PayoutBatch?> FindAsync(Guid id, CancellationToken ct = default);
    Task AddAsync(PayoutBatch batch, CancellationToken ct = default);
    /// <summary>Approved awards in no batch yet, oldest first.</summary>
    Task<List<Award>> GetUnbatchedApprovedAwardsAsync(int max, CancellationToken ct = default);
    /// <summary>The day's next batch number ("PB20251126-0001"); only inside a transaction, which holds it until commit.</summary>
    Task<string> NextNumberAsync(DateOnly day, CancellationToken ct = default);
    /// <summary>Whether any award exists at all (the demo seed runs only on a database without awards).</summary>
    Task<bool> AnyAwardAsync(CancellationToken ct = default);
    Task<(int Total, List<PayoutBatch> Items)> GetPageAsync(PayoutBatchStatus? status, int skip, int take, CancellationToken ct = default);
    /// <summary>Draft or submitted batches holding an item of this payee (a finding holds them).</summary>
    Task<List<PayoutBatch>> GetOpenWithPayeeAsync(Guid payeeEnterpriseId, CancellationToken ct = default);
    /// <summary>Approved or executing batches: what the sweep job executes.</summary>
    Task<List<Guid>> GetExecutableIdsAsync(CancellationToken ct = default);
}

public interface IPaymentRepository
{
    Task<Payment?> FindAsync(Guid id, CancellationToken ct = default);
    Task AddAsync(Payment payment, CancellationToken ct = default);
    Task AddAttemptAsync(PaymentAttempt attempt, CancellationToken ct = default);
    Task<List<PaymentAttempt>> GetAttemptsAsync(Guid paymentId, CancellationToken ct = default);

    /// <summary>
    /// The claim (reliability.md): one conditional UPDATE setting Sending, the lease and a new concurrency stamp
    /// WHERE the payment is due (Pending/Unknown/Failed and NextAttemptAt ≤ now, or Sending with an expired
    /// lease). True only if exactly one row changed: then this executor, and no other, may call the treasury.
    /// </summary>
    Task<bool> TryClaimAsync(Guid id, string owner, DateTime now, DateTime leaseUntil, CancellationToken ct = default);

    /// <summary>Ids of the batch's payments an executor could claim now.</summary>
    Task<List<Guid>> GetDueIdsAsync(Guid batchId, DateTime now, int max, CancellationToken ct = default);
    /// <summary>When the batch's next retry falls due (null: nothing left to retry).</summary>
    Task<DateTime?> GetNextRetryAsync(Guid batchId, CancellationToken ct = default);
    Task<Dictionary<PaymentStatus, int>> CountByStatusAsync(Guid batchId, CancellationToken ct = default);
    Task<List<Payment>> GetByBatchAsync(Guid batchId, CancellationToken ct = default);
    /// <summary>Never-sent pending payments of this payee (a finding holds them).</summary>
    Task<List<Payment>> GetUnsentOfPayeeAsync(Guid payeeEnterpriseId, CancellationToken ct = default);
    Task<(int Total, List<Payment> Items)> GetPageAsync(PaymentStatus? status, Guid? batchId, int skip, int take, CancellationToken ct = default);
    /// <summary>The ledger side of a reconciliation: payments settled on that business date.</summary>
    Task<List<Payment>> GetPaidOnAsync(DateOnly valueDate, CancellationToken ct = default);
    Task<List<Payment>> GetByKeysAsync(IReadOnlyCollection<string> keys, CancellationToken ct = default);
}

public interface IReconciliationRepository
{
    Task<Reconciliation?> FindAsync(Guid id, CancellationToken ct = default);
    Task<Reconciliation?> FindByDateAsync(DateOnly date, CancellationToken ct = default);
    Task AddAsync(Reconciliation reconciliation, CancellationToken ct = default);
    Task<(int Total, List<Reconciliation> Items)> GetPageAsync(int skip, int take, CancellationToken ct = default);
}

/// <summary>R-43: why this payee may not be paid now (null: it may).</summary>
public interface IPayeeHoldCheck
{
    Task<PayoutHoldReason?> FindHoldAsync(Guid payeeEnterpriseId, Guid? exceptAwardId, DateOnly on, CancellationToken ct = default);
}
