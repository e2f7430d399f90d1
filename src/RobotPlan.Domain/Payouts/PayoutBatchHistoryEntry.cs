namespace RobotPlan.Payouts;

/// <summary>R-40: one act on a payout batch — submitted, approved, returned or rejected — by whom and why (table PayoutBatchHistory).</summary>
public class PayoutBatchHistoryEntry : StatusHistoryEntry<PayoutBatchStatus>
{
    private PayoutBatchHistoryEntry() { }

    internal PayoutBatchHistoryEntry(int sequence, ReviewActor actor, DateTime at, PayoutBatchStatus from, PayoutBatchStatus to, string? comment)
        : base(sequence, actor, at, from, to, comment) { }
}
