namespace RobotPlan.Payouts;

/// <summary>
/// R-42, daily: yesterday's treasury statement against the ledger (payments Paid with that value date). Every
/// difference is recorded for a person; nothing in the ledger or at the treasury is changed. Re-running for the
/// same day adds nothing unless something new differs.
/// </summary>
public sealed class ReconcilePaymentsJob(ITreasuryGateway gateway, IPaymentRepository payments, IReconciliationRepository reconciliations,
    IUnitOfWork unitOfWork, TimeProvider clock, ILogger<ReconcilePaymentsJob> logger)
{
    public Task<Reconciliation> RunAsync(CancellationToken ct = default) => ReconcileAsync(clock.Today().AddDays(-1), ct);

    public async Task<Reconciliation> ReconcileAsync(DateOnly date, CancellationToken ct = default)
    {
        var statement = await gateway.GetStatementAsync(date, ct);
        var ledger = await payments.GetPaidOnAsync(date, ct);
        var now = clock.GetUtcNow().UtcDateTime;
        var ledgerByKey = ledger.ToDictionary(p => p.IdempotencyKey, StringComparer.Ordinal);
        var statementKeys = statement.Select(e => e.IdempotencyKey).ToHashSet(StringComparer.Ordinal);
        // A statement line we do not have as paid that day may still be a payment of ours in another state.
        var others = (await payments.GetByKeysAsync(statementKeys.Where(k => !ledgerByKey.ContainsKey(k)).ToList(), ct))
            .ToDictionary(p => p.IdempotencyKey, StringComparer.Ordinal);
        var found = new List<ReconciliationDifference>();
        foreach (var e in statement)
        {
            if (!ledgerByKey.TryGetValue(e.IdempotencyKey, out var p))
            {
                others.TryGetValue(e.IdempotencyKey, out var other);
                found.Add(new(ReconciliationDifferenceKind.MissingInLedger, e.IdempotencyKey, other?.Id, e.Amount, other?.Amount, e.PayeeName,
                    other?.PayeeName, now));
                continue;
            }
            if (p.Amount != e.Amount)
                found.Add(new(ReconciliationDifferenceKind.AmountMismatch, e.IdempotencyKey, p.Id, e.Amount, p.Amount, e.PayeeName, p.PayeeName, now));
            if (!string.Equals(p.PayeeName, e.PayeeName, StringComparison.Ordinal))
                found.Add(new(ReconciliationDifferenceKind.PayeeMismatch, e.IdempotencyKey, p.Id, e.Amount, p.Amount, e.PayeeName, p.PayeeName, now));
        }
        foreach (var p in ledger.Where(p => !statementKeys.Contains(p.IdempotencyKey)))
            found.Add(new(ReconciliationDifferenceKind.MissingAtGateway, p.IdempotencyKey, p.Id, null, p.Amount, null, p.PayeeName, now));

        var reconciliation = await reconciliations.FindByDateAsync(date, ct);
        var isNew = reconciliation is null;
        reconciliation ??= new Reconciliation(date, now);
        var changed = reconciliation.Record(statement.Count, statement.Sum(e => e.Amount), ledger.Count, ledger.Sum(p => p.Amount), found);
        if (isNew) await reconciliations.AddAsync(reconciliation, ct);
        if (isNew || changed) await unitOfWork.SaveChangesAsync(ct);
        if (reconciliation.Differences.Count > 0)
            logger.LogWarning("Reconciliation {Date}: {Count} difference(s) recorded", date, reconciliation.Differences.Count);
        return reconciliation;
    }
}
