namespace RobotPlan.Payouts;

/// <summary>
/// 对账: one business day's treasury statement against our ledger. Differences are only ever added — a
/// difference is a fact for a person to resolve, never silently fixed; a re-run adds only what is new.
/// </summary>
public class Reconciliation : AggregateRoot
{
    private readonly List<ReconciliationDifference> _differences = [];

    public DateOnly Date { get; private set; }
    public DateTime FirstRunAtUtc { get; private set; }
    public int GatewayCount { get; private set; }
    public decimal GatewayTotal { get; private set; }
    public int LedgerCount { get; private set; }
    public decimal LedgerTotal { get; private set; }
    public IReadOnlyList<ReconciliationDifference> Differences => _differences;

    private Reconciliation() { }

    public Reconciliation(DateOnly date, DateTime now)
    {
        Date = date;
        FirstRunAtUtc = now;
    }

    /// <summary>Records the totals and every difference not recorded yet; false when nothing changed.</summary>
    public bool Record(int gatewayCount, decimal gatewayTotal, int ledgerCount, decimal ledgerTotal,
        IEnumerable<ReconciliationDifference> found)
    {
        var changed = GatewayCount != gatewayCount || GatewayTotal != gatewayTotal || LedgerCount != ledgerCount || LedgerTotal != ledgerTotal;
        GatewayCount = gatewayCount;
        GatewayTotal = gatewayTotal;
        LedgerCount = ledgerCount;
        LedgerTotal = ledgerTotal;
        foreach (var d in found)
        {
            if (_differences.Any(x => x.IdempotencyKey == d.IdempotencyKey && x.Kind == d.Kind)) continue;
            _differences.Add(d);
            changed = true;
        }
        return changed;
    }
}

public class ReconciliationDifference : Entity
{
    public Guid ReconciliationId { get; private set; }
    public ReconciliationDifferenceKind Kind { get; private set; }
    public string IdempotencyKey { get; private set; } = null!;
    public Guid? PaymentId { get; private set; }
    public decimal? GatewayAmount { get; private set; }
    public decimal? LedgerAmount { get; private set; }
    public string? GatewayPayee { get; private set; }
    public string? LedgerPayee { get; private set; }
    public DateTime FoundAtUtc { get; private set; }

    private ReconciliationDifference() { }

    public ReconciliationDifference(ReconciliationDifferenceKind kind, string idempotencyKey, Guid? paymentId, decimal? gatewayAmount,
        decimal? ledgerAmount, string? gatewayPayee, string? ledgerPayee, DateTime now)
    {
        Kind = kind;
        IdempotencyKey = idempotencyKey;
        PaymentId = paymentId;
        GatewayAmount = gatewayAmount;
        LedgerAmount = ledgerAmount;
        GatewayPayee = gatewayPayee;
        LedgerPayee = ledgerPayee;
        FoundAtUtc = now;
    }
}
