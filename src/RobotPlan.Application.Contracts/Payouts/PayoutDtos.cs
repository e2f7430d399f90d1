namespace RobotPlan.Payouts;

public sealed class GetPayoutBatchesInput : PagedAndSortedResultRequestDto
{
    [EnumDataType(typeof(PayoutBatchStatus))] public PayoutBatchStatus? Status { get; set; }
}

/// <summary>
/// <paramref name="SubmittedByName"/> and <paramref name="ApprovedByName"/> are the officers' display names as the history
/// recorded them; <paramref name="DecisionReason"/> is why the second officer last returned or rejected it.
/// </summary>
public sealed record PayoutBatchDto(Guid Id, string Number, PayoutBatchStatus Status, DateTime AssembledAtUtc, int ItemCount, int HeldCount,
    decimal Total, Guid? SubmittedById, DateTime? SubmittedAtUtc, Guid? ApprovedById, DateTime? ApprovedAtUtc, DateTime? DoneAtUtc,
    string ConcurrencyStamp, string? SubmittedByName = null, string? ApprovedByName = null, string? DecisionReason = null);

/// <summary>One act on the batch: who (display name, role), when (UTC), from → to, and the reason given.</summary>
public sealed record PayoutBatchHistoryDto(Guid? ActorId, string ActorName, string ActorRole, DateTime At, PayoutBatchStatus From,
    PayoutBatchStatus To, string? Comment);

public sealed record PayoutItemDto(Guid Id, Guid AwardId, Guid PayeeEnterpriseId, string? PayeeName, decimal Amount, PayoutHoldReason? HoldReason,
    DateTime? HeldAtUtc, Guid? ReleasedById, PaymentStatus? PaymentStatus, Guid? PaymentId);

public sealed record PayoutBatchDetailDto(PayoutBatchDto Batch, IReadOnlyList<PayoutItemDto> Items, IReadOnlyDictionary<PaymentStatus, int> PaymentCounts,
    IReadOnlyList<PayoutBatchHistoryDto> History);

/// <summary>Optimistic concurrency for submit/approve: the stamp the officer saw (optional).</summary>
public sealed class PayoutBatchActionDto
{
    [StringLength(40)] public string? ConcurrencyStamp { get; set; }
}

/// <summary>Returning or rejecting a submitted batch: the reason the submitter reads, and the stamp the officer saw (optional).</summary>
public sealed class PayoutBatchDecisionDto
{
    [Required, StringLength(RobotPlan.Reviews.StatusHistoryConsts.MaxCommentLength, MinimumLength = 1)] public string Reason { get; set; } = "";
    [StringLength(40)] public string? ConcurrencyStamp { get; set; }
}

public sealed class GetPaymentsInput : PagedAndSortedResultRequestDto
{
    [EnumDataType(typeof(PaymentStatus))] public PaymentStatus? Status { get; set; }
    public Guid? BatchId { get; set; }
}

public sealed record PaymentDto(Guid Id, Guid BatchId, Guid AwardId, Guid PayeeEnterpriseId, string PayeeName, string BankName, string AccountNumber,
    decimal Amount, string IdempotencyKey, PaymentStatus Status, int AttemptCount, DateTime NextAttemptAtUtc, string? GatewayReference,
    DateOnly? ValueDate, DateTime? PaidAtUtc, PayoutHoldReason? HoldReason, string? LastError);

public sealed record PaymentAttemptDto(int Number, string Operation, DateTime StartedAtUtc, int DurationMs, int? HttpStatus, string Outcome,
    string? Detail, string Executor);

public sealed record PaymentDetailDto(PaymentDto Payment, IReadOnlyList<PaymentAttemptDto> Attempts);

public sealed class GetReconciliationsInput : PagedAndSortedResultRequestDto;

public sealed record ReconciliationDto(Guid Id, DateOnly Date, DateTime FirstRunAtUtc, int GatewayCount, decimal GatewayTotal, int LedgerCount,
    decimal LedgerTotal, int DifferenceCount);

public sealed record ReconciliationDifferenceDto(Guid Id, ReconciliationDifferenceKind Kind, string IdempotencyKey, Guid? PaymentId,
    decimal? GatewayAmount, decimal? LedgerAmount, string? GatewayPayee, string? LedgerPayee, DateTime FoundAtUtc);

public sealed record ReconciliationDetailDto(ReconciliationDto Reconciliation, IReadOnlyList<ReconciliationDifferenceDto> Differences);

public sealed class RunReconciliationDto
{
    /// <summary>The treasury business date (Asia/Shanghai) to reconcile; not in the future.</summary>
    [Required] public DateOnly? Date { get; set; }
}

public sealed class RecordFraudFindingDto
{
    [Required, StringLength(1000, MinimumLength = 1)] public string Reason { get; set; } = "";
    [Required, StringLength(128, MinimumLength = 1)] public string DocumentNumber { get; set; } = "";
    [Range(0.01, 100_000_000_000)] public decimal AmountDue { get; set; }
}

public sealed record AwardClawbackDto(Guid AwardId, Guid PayeeEnterpriseId, decimal Amount, string Status, string? Reason, string? DocumentNumber,
    decimal? AmountDue, DateTime? FoundAtUtc, DateTime? RepaidAtUtc);

public interface IPayoutBatchAppService
{
    Task<PagedResultDto<PayoutBatchDto>> GetListAsync(GetPayoutBatchesInput input, CancellationToken ct = default);
    Task<PayoutBatchDetailDto> GetAsync(Guid id, CancellationToken ct = default);
    /// <summary>Runs the assembly now (what the 02:00 job does); null when no award waits.</summary>
    Task<PayoutBatchDto?> AssembleAsync(CancellationToken ct = default);
    Task<PayoutBatchDto> SubmitAsync(Guid id, PayoutBatchActionDto input, CancellationToken ct = default);
    Task<PayoutBatchDto> ApproveAsync(Guid id, PayoutBatchActionDto input, CancellationToken ct = default);
    /// <summary>R-40: a second officer sends a submitted batch back to draft, with the reason.</summary>
    Task<PayoutBatchDto> ReturnAsync(Guid id, PayoutBatchDecisionDto input, CancellationToken ct = default);
    /// <summary>R-40: a second officer rejects a submitted batch, with the reason; its awards go into the next batch.</summary>
    Task<PayoutBatchDto> RejectAsync(Guid id, PayoutBatchDecisionDto input, CancellationToken ct = default);
    Task<PayoutBatchDetailDto> ReleaseItemAsync(Guid id, Guid itemId, CancellationToken ct = default);
}

public interface IPaymentAppService
{
    Task<PagedResultDto<PaymentDto>> GetListAsync(GetPaymentsInput input, CancellationToken ct = default);
    Task<PaymentDetailDto> GetAsync(Guid id, CancellationToken ct = default);
    Task<PaymentDto> ReleaseAsync(Guid id, CancellationToken ct = default);
    Task<PaymentDto> RetryAsync(Guid id, CancellationToken ct = default);
}

public interface IReconciliationAppService
{
    Task<PagedResultDto<ReconciliationDto>> GetListAsync(GetReconciliationsInput input, CancellationToken ct = default);
    Task<ReconciliationDetailDto> GetAsync(Guid id, CancellationToken ct = default);
    Task<ReconciliationDetailDto> RunAsync(RunReconciliationDto input, CancellationToken ct = default);
}

public interface IClawbackAppService
{
    Task<AwardClawbackDto> RecordFraudFindingAsync(Guid awardId, RecordFraudFindingDto input, CancellationToken ct = default);
    Task<AwardClawbackDto> RecordRepaymentAsync(Guid awardId, CancellationToken ct = default);
}
