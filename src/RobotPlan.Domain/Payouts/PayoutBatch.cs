namespace RobotPlan.Payouts;

/// <summary>
/// 拨付批次: approved, unpaid awards gathered by the job. One finance officer submits it, a different one
/// approves it (four-eyes), returns it for correction or rejects it; approval turns every item not held into a
/// <see cref="Payment"/>. Every act is a history row (who, role, when, reason).
/// </summary>
public class PayoutBatch : AggregateRoot
{
    private readonly List<PayoutItem> _items = [];
    private readonly List<PayoutBatchHistoryEntry> _history = [];

    public string Number { get; private set; } = null!;
    public PayoutBatchStatus Status { get; private set; }
    public DateTime AssembledAtUtc { get; private set; }
    public Guid? SubmittedById { get; private set; }
    public DateTime? SubmittedAtUtc { get; private set; }
    public Guid? ApprovedById { get; private set; }
    public DateTime? ApprovedAtUtc { get; private set; }
    public DateTime? DoneAtUtc { get; private set; }
    /// <summary>Why the second officer returned or rejected it (the latest such act).</summary>
    public string? DecisionReason { get; private set; }
    public IReadOnlyList<PayoutItem> Items => _items;
    public IReadOnlyList<PayoutBatchHistoryEntry> History => _history;
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

    public void Submit(ReviewActor officer, DateTime now)
    {
        Require(PayoutBatchStatus.Draft);
        SubmittedById = officer.UserId;
        SubmittedAtUtc = now;
        DecisionReason = null;
        Move(PayoutBatchStatus.Submitted, officer, now, null);
    }

    /// <summary>R-40: only a submitted batch, and only by a second pair of eyes; the submitter gets a coded 422.</summary>
    public void EnsureDecidableBy(Guid officerId)
    {
        Require(PayoutBatchStatus.Submitted);
        if (officerId == SubmittedById) throw new BusinessException(RobotPlanErrorCodes.PayoutSameOfficer);
    }

    public IReadOnlyList<PayoutItem> Approve(ReviewActor officer, DateTime now)
    {
        EnsureDecidableBy(officer.UserId ?? Guid.Empty);
        ApprovedById = officer.UserId;
        ApprovedAtUtc = now;
        Move(PayoutBatchStatus.Approved, officer, now, null);
        return _items.Where(i => i.HoldReason is null).ToList();
    }

    /// <summary>
    /// 退回: back to draft for the submitter to correct (hold or release items) and submit again. Nothing was paid or
    /// reserved by the batch (the budget was reserved per award at finance confirmation), so nothing is given back.
    /// </summary>
    public void Return(ReviewActor officer, string reason, DateTime now)
    {
        Decide(officer, reason);
        SubmittedById = null;
        SubmittedAtUtc = null;
        Move(PayoutBatchStatus.Draft, officer, now, reason);
    }

    /// <summary>
    /// 驳回: the batch ends here. Its items are withdrawn, so their awards (still approved, their budget still reserved)
    /// are gathered into the next batch.
    /// </summary>
    public void Reject(ReviewActor officer, string reason, DateTime now)
    {
        Decide(officer, reason);
        foreach (var item in _items) item.Withdraw(now);
        DoneAtUtc = now;
        Move(PayoutBatchStatus.Rejected, officer, now, reason);
    }

    private void Decide(ReviewActor officer, string reason)
    {
        // The page posts past the DTO's validation: an over-long reason is refused here, not by the database.
        if (string.IsNullOrWhiteSpace(reason) || reason.Trim().Length > StatusHistoryConsts.MaxCommentLength)
            throw new BusinessException(RobotPlanErrorCodes.PayoutDecisionReasonRequired, "reason");
        EnsureDecidableBy(officer.UserId ?? Guid.Empty);
        DecisionReason = reason.Trim();
    }

    private void Move(PayoutBatchStatus to, ReviewActor actor, DateTime now, string? comment)
    {
        _history.Add(new PayoutBatchHistoryEntry(_history.Count + 1, actor, now, Status, to, comment));
        Status = to;
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
        if (Status is PayoutBatchStatus.Done or PayoutBatchStatus.Rejected) throw new BusinessException(RobotPlanErrorCodes.PayoutBatchIllegalTransition, null, Status, PayoutBatchStatus.Executing);
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
    /// <summary>Set when its batch was rejected: the award is free for the next batch (the unique index skips it).</summary>
    public DateTime? WithdrawnAtUtc { get; private set; }

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

    internal void Withdraw(DateTime now) => WithdrawnAtUtc = now;

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
