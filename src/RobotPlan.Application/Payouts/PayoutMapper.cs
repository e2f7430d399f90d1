namespace RobotPlan.Payouts;

/// <summary>Hand-written: the DTOs add counts and totals Mapperly would not compute.</summary>
public static class PayoutMapper
{
    public static PayoutBatchDto ToDto(PayoutBatch b) => new(b.Id, b.Number, b.Status, b.AssembledAtUtc, b.Items.Count,
        b.Items.Count(i => i.HoldReason is not null), b.Total, b.SubmittedById, b.SubmittedAtUtc, b.ApprovedById, b.ApprovedAtUtc, b.DoneAtUtc,
        b.ConcurrencyStamp, LastActor(b, PayoutBatchStatus.Submitted), LastActor(b, PayoutBatchStatus.Approved), b.DecisionReason);

    private static string? LastActor(PayoutBatch b, PayoutBatchStatus to) =>
        b.History.Where(h => h.To == to).MaxBy(h => h.Sequence)?.ActorName;

    public static PayoutBatchHistoryDto ToDto(PayoutBatchHistoryEntry h) => new(h.ActorId, h.ActorName, h.ActorRole, h.At, h.From, h.To, h.Comment);

    public static PaymentDto ToDto(Payment p) => new(p.Id, p.BatchId, p.AwardId, p.PayeeEnterpriseId, p.PayeeName, p.BankName, p.AccountNumber,
        p.Amount, p.IdempotencyKey, p.Status, p.AttemptCount, p.NextAttemptAtUtc, p.GatewayReference, p.ValueDate, p.PaidAtUtc, p.HoldReason,
        p.LastError);

    public static PaymentAttemptDto ToDto(PaymentAttempt a) => new(a.Number, a.Operation, a.StartedAtUtc, a.DurationMs, a.HttpStatus, a.Outcome,
        a.Detail, a.Executor);

    public static ReconciliationDto ToDto(Reconciliation r) => new(r.Id, r.Date, r.FirstRunAtUtc, r.GatewayCount, r.GatewayTotal, r.LedgerCount,
        r.LedgerTotal, r.Differences.Count);

    public static ReconciliationDifferenceDto ToDto(ReconciliationDifference d) => new(d.Id, d.Kind, d.IdempotencyKey, d.PaymentId,
        d.GatewayAmount, d.LedgerAmount, d.GatewayPayee, d.LedgerPayee, d.FoundAtUtc);

    public static ReconciliationDetailDto ToDetail(Reconciliation r) => new(ToDto(r), r.Differences.OrderBy(d => d.FoundAtUtc).Select(ToDto).ToList());
}
