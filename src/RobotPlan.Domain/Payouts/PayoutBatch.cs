using RobotPlan.Errors;
using RobotPlan.SeedWork;

namespace RobotPlan.Payouts;

/// <summary>
/// 拨付批次: approved, unpaid awards gathered by the job. One finance officer submits it, a different one
/// approves it (four-eyes); approval turns every item not held into a <see cref="Payment"/>.
/// </summary>
public class PayoutBatch : AggregateRoot
{
    private readonly List<PayoutItem> _items = [];

    public string Number { get; private set; } = null!;
    public PayoutBatchStatus Status { get; private set; }
    public DateTime AssembledAtUtc { get; private set; }
    public Guid? SubmittedById { get; private set; }
    public DateTime? SubmittedAtUtc { get; private set; }
    public Guid? ApprovedById { get; private set; }
    public DateTime? ApprovedAtUtc { get; private set; }
    public DateTime? DoneAtUtc { get; private set; }
    public IReadOnlyList<PayoutItem> Items => _items;
    public decimal Total => _items.Sum(i => i.Amount);

    private PayoutBatch() { }

    public PayoutBatch(string number, IEnumerable<PayoutItem> items, DateTime now)
    {
        Number = number;
        _items.AddRange(items);
        if (_items.Count == 0) throw new BusinessException(RobotPlanErrorCodes.PayoutBatchEmpty);
        Status = PayoutBatchStatus.Draft;
        AssembledAtUtc = now;
        foreach (var item in _items.Where(i => i.HoldReason is not null)) RaiseHeld(item);
    }

    public void Submit(Guid officerId, DateTime now)
    {
        Require(PayoutBatchStatus.Draft);
        Status = PayoutBatchStatus.Submitted;
        SubmittedById = officerId;
        SubmittedAtUtc = now;
    }

    /// <summary>R-40: only a submitted batch, and only by a second pair of eyes; the submitter gets a coded 422.</summary>
    public void EnsureApprovableBy(Guid officerId)
    {
        Require(PayoutBatchStatus.Submitted);
        if (officerId == SubmittedById) throw new BusinessException(RobotPlanErrorCodes.PayoutSameOfficer);
    }

    public IReadOnlyList<PayoutItem> Approve(Guid officerId, DateTime now)
    {
        EnsureApprovableBy(officerId);
        Status = PayoutBatchStatus.Approved;
        ApprovedById = officerId;
        ApprovedAtUtc = now;
        return _items.Where(i => i.HoldReason is null).ToList();
    }

    /// <summary>Before approval a finding holds an item; after it the payment itself is held.</summary>
    public bool HoldItemsOf(Guid payeeEnterpriseId, PayoutHoldReason reason, DateTime now)
    {
        if (Status is not (PayoutBatchStatus.Draft or PayoutBatchStatus.Submitted)) return false;
        var changed = false;
        foreach (var item in _items.Where(i => i.PayeeEnterpriseId == payeeEnterpriseId && i.HoldReason is null))
        {
            item.Hold(reason, now);
            RaiseHeld(item);
            changed = true;
        }
        return changed;
    }

    /// <summary>Finance released a held item; true when the batch is already approved, so the item needs its payment now.</summary>
    public bool ReleaseItem(Guid itemId, Guid officerId, DateTime now)
    {
        if (Status == PayoutBatchStatus.Done) throw new BusinessException(RobotPlanErrorCodes.PayoutBatchIllegalTransition, null, Status, PayoutBatchStatus.Executing);
        var item = _items.FirstOrDefault(i => i.Id == itemId) ?? throw new EntityNotFoundException(typeof(PayoutItem), itemId);
        item.Release(officerId, now);
        return Status is PayoutBatchStatus.Approved or PayoutBatchStatus.Executing;
    }

    private void RaiseHeld(PayoutItem item) =>
        AddDomainEvent(new PayoutItemHeld(Id, item.Id, item.AwardId, item.PayeeEnterpriseId, item.HoldReason!.Value));

    public void MarkExecuting()
    {
        if (Status == PayoutBatchStatus.Approved) Status = PayoutBatchStatus.Executing;
    }

    /// <summary>
    /// every item is paid — none held, one payment per item, and each of them Paid. <paramref name="paymentsByStatus"/>
    /// counts the batch's payments by status.
    /// </summary>
    public bool IsPaidInFull(IReadOnlyDictionary<PaymentStatus, int> paymentsByStatus) =>
        _items.All(i => i.HoldReason is null)
        && paymentsByStatus.Values.Sum() == _items.Count
        && paymentsByStatus.Keys.All(s => s == PaymentStatus.Paid);

    /// <summary>Paid in full: the batch is history. False when it is not paid in full, or already was history.</summary>
    public bool MarkDone(IReadOnlyDictionary<PaymentStatus, int> paymentsByStatus, DateTime now)
    {
        if (Status is not (PayoutBatchStatus.Approved or PayoutBatchStatus.Executing) || !IsPaidInFull(paymentsByStatus)) return false;
        Status = PayoutBatchStatus.Done;
        DoneAtUtc = now;
        return true;
    }

    private void Require(PayoutBatchStatus expected)
    {
        if (Status != expected) throw new BusinessException(RobotPlanErrorCodes.PayoutBatchIllegalTransition, null, Status, expected);
    }
}

/// <summary>One award in a batch; an award is in at most one batch (unique index).</summary>
public class PayoutItem : Entity
{
    public Guid BatchId { get; private set; }
    public Guid AwardId { get; private set; }
    public Guid ProgramId { get; private set; }
    public Guid PayeeEnterpriseId { get; private set; }
    public decimal Amount { get; private set; }
    public PayoutHoldReason? HoldReason { get; private set; }
    public DateTime? HeldAtUtc { get; private set; }
    public Guid? ReleasedById { get; private set; }
    public DateTime? ReleasedAtUtc { get; private set; }

    private PayoutItem() { }

    public PayoutItem(Guid awardId, Guid programId, Guid payeeEnterpriseId, decimal amount, PayoutHoldReason? holdReason, DateTime now)
    {
        AwardId = awardId;
        ProgramId = programId;
        PayeeEnterpriseId = payeeEnterpriseId;
        Amount = amount;
        if (holdReason is { } reason) Hold(reason, now);
    }

    internal void Hold(PayoutHoldReason reason, DateTime now)
    {
        HoldReason = reason;
        HeldAtUtc = now;
        ReleasedById = null;
        ReleasedAtUtc = null;
    }

    internal void Release(Guid officerId, DateTime now)
    {
        if (HoldReason is null) throw new BusinessException(RobotPlanErrorCodes.PayoutNotHeld);
        HoldReason = null;
        ReleasedById = officerId;
        ReleasedAtUtc = now;
    }
}

/// <summary>R-43: an item of a batch is held (at assembly or by a later finding): its payee is told.</summary>
public sealed record PayoutItemHeld(Guid BatchId, Guid ItemId, Guid AwardId, Guid PayeeEnterpriseId, PayoutHoldReason Reason) : IDomainEvent;
