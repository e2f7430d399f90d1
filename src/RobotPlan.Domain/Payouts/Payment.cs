using System.Globalization;
using System.Linq.Expressions;
using System.Security.Cryptography;
using System.Text;
using RobotPlan.Errors;
using RobotPlan.SeedWork;

namespace RobotPlan.Payouts;

/// <summary>
/// 支付指令: the one payment of one award (unique AwardId). Its idempotency key and payload hash are written when
/// the batch is approved, before any call, so every retry, duplicate run or second node sends the same key and
/// body. Executors claim it with one conditional update (<see cref="IPaymentRepository.TryClaimAsync"/>);
/// the methods below record what the treasury answered.
/// </summary>
public class Payment : AggregateRoot
{
    public Guid BatchId { get; private set; }
    public Guid AwardId { get; private set; }
    public Guid ProgramId { get; private set; }
    public Guid PayeeEnterpriseId { get; private set; }
    public string PayeeName { get; private set; } = null!;
    public string BankName { get; private set; } = null!;
    public string AccountNumber { get; private set; } = null!;
    public decimal Amount { get; private set; }
    /// <summary>Our reference the treasury prints on its statement.</summary>
    public string Reference { get; private set; } = null!;
    public string IdempotencyKey { get; private set; } = null!;
    public string PayloadHash { get; private set; } = null!;
    public PaymentStatus Status { get; private set; }
    /// <summary>Claims so far (each claim is one attempt: a query, a send, or both).</summary>
    public int AttemptCount { get; private set; }
    public DateTime NextAttemptAtUtc { get; private set; }
    public string? LeaseOwner { get; private set; }
    public DateTime? LeaseUntilUtc { get; private set; }
    public string? GatewayReference { get; private set; }
    /// <summary>The treasury's business date of settlement: the statement it appears on.</summary>
    public DateOnly? ValueDate { get; private set; }
    public DateTime? PaidAtUtc { get; private set; }
    public PayoutHoldReason? HoldReason { get; private set; }
    public string? LastError { get; private set; }

    private Payment() { }

    public Payment(Guid batchId, Guid awardId, Guid programId, Guid payeeEnterpriseId, string payeeName, string bankName,
        string accountNumber, decimal amount, DateTime now)
    {
        BatchId = batchId;
        AwardId = awardId;
        ProgramId = programId;
        PayeeEnterpriseId = payeeEnterpriseId;
        PayeeName = payeeName;
        BankName = bankName;
        AccountNumber = accountNumber;
        Amount = amount;
        Reference = "RP-" + awardId.ToString("N");
        // v1: a changed payload for the same award would need a new version, never a silently reused key.
        IdempotencyKey = KeyFor(awardId);
        PayloadHash = HashOf(PayeeName, BankName, AccountNumber, Amount, Reference);
        Status = PaymentStatus.Pending;
        NextAttemptAtUtc = now;
    }

    public static string KeyFor(Guid awardId) => $"award:{awardId:N}:v1";

    /// <summary>SHA-256 of the canonical body; the gateway compares the same fields to tell a replay from a conflict.</summary>
    public static string HashOf(string payeeName, string bankName, string accountNumber, decimal amount, string reference)
    {
        var canonical = string.Join('\n', payeeName, bankName, accountNumber, amount.ToString("0.00", CultureInfo.InvariantCulture), reference);
        return Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(canonical)));
    }

    /// <summary>Waiting for its first or next attempt (it falls due at <see cref="NextAttemptAtUtc"/>).</summary>
    public static readonly Expression<Func<Payment, bool>> IsWaiting =
        p => p.Status == PaymentStatus.Pending || p.Status == PaymentStatus.Unknown || p.Status == PaymentStatus.Failed;

    /// <summary>
    /// R-41, the one definition of "due": an executor may claim it now — waiting and its attempt time has come, or
    /// Sending under a lease that ran out (its executor died). A query filter, so the claim and the listing agree.
    /// </summary>
    public static Expression<Func<Payment, bool>> IsDueAt(DateTime now) =>
        p => ((p.Status == PaymentStatus.Pending || p.Status == PaymentStatus.Unknown || p.Status == PaymentStatus.Failed) && p.NextAttemptAtUtc <= now)
            || (p.Status == PaymentStatus.Sending && p.LeaseUntilUtc < now);

    /// <summary>A previous attempt may have reached the treasury: ask it by key before sending again .</summary>
    public bool MustQueryFirst => AttemptCount > 1;

    public void RecordPaid(string gatewayReference, DateOnly valueDate, DateTime now)
    {
        RequireSending();
        Status = PaymentStatus.Paid;
        GatewayReference = gatewayReference;
        ValueDate = valueDate;
        PaidAtUtc = now;
        LastError = null;
        EndLease();
    }

    /// <summary>Timeout, lost answer or "still in progress": the treasury may have it; the next attempt asks first.</summary>
    public void RecordUnknown(string detail, DateTime retryAt, int maxAttempts) => RecordRetryable(PaymentStatus.Unknown, detail, retryAt, maxAttempts);

    /// <summary>A transient error (5xx, 429 after the client's own retries): back off, then try again.</summary>
    public void RecordFailed(string detail, DateTime retryAt, int maxAttempts) => RecordRetryable(PaymentStatus.Failed, detail, retryAt, maxAttempts);

    /// <summary>The treasury refused the instruction (bad account, key conflict): retrying cannot help.</summary>
    public void RecordRefused(string detail)
    {
        RequireSending();
        Status = PaymentStatus.NeedsAttention;
        LastError = Truncate(detail);
        EndLease();
        AddDomainEvent(new PaymentNeedsAttention(Id, AwardId, PayeeEnterpriseId));
    }

    /// <summary>R-43 found at send time (or a finding arrived): not sent; finance releases it when resolved.</summary>
    public void Hold(PayoutHoldReason reason)
    {
        if (Status is not (PaymentStatus.Pending or PaymentStatus.Sending))
            throw new BusinessException(RobotPlanErrorCodes.PaymentIllegalTransition, null, Status, PaymentStatus.Pending);
        Status = PaymentStatus.Held;
        HoldReason = reason;
        EndLease();
        AddDomainEvent(new PaymentHeld(Id, AwardId, PayeeEnterpriseId, reason));
    }

    public void Release(DateTime now)
    {
        if (Status != PaymentStatus.Held) throw new BusinessException(RobotPlanErrorCodes.PayoutNotHeld);
        Status = PaymentStatus.Pending;
        HoldReason = null;
        NextAttemptAtUtc = now;
    }

    /// <summary>A person looked at it and wants another round of attempts; the first one still asks by key.</summary>
    public void Retry(DateTime now)
    {
        if (Status != PaymentStatus.NeedsAttention)
            throw new BusinessException(RobotPlanErrorCodes.PaymentIllegalTransition, null, Status, PaymentStatus.NeedsAttention);
        Status = AttemptCount > 0 ? PaymentStatus.Unknown : PaymentStatus.Pending;
        // Keep "asked before": one attempt's worth of history keeps MustQueryFirst true on the next claim.
        AttemptCount = Math.Min(AttemptCount, 1);
        NextAttemptAtUtc = now;
    }

    private void RecordRetryable(PaymentStatus status, string detail, DateTime retryAt, int maxAttempts)
    {
        RequireSending();
        Status = AttemptCount >= maxAttempts ? PaymentStatus.NeedsAttention : status;
        LastError = Truncate(detail);
        NextAttemptAtUtc = retryAt;
        EndLease();
        if (Status == PaymentStatus.NeedsAttention) AddDomainEvent(new PaymentNeedsAttention(Id, AwardId, PayeeEnterpriseId));
    }

    private void RequireSending()
    {
        if (Status != PaymentStatus.Sending)
            throw new BusinessException(RobotPlanErrorCodes.PaymentIllegalTransition, null, Status, PaymentStatus.Sending);
    }

    private void EndLease()
    {
        LeaseOwner = null;
        LeaseUntilUtc = null;
    }

    private static string Truncate(string s) => s.Length <= PayoutConsts.MaxDetailLength ? s : s[..PayoutConsts.MaxDetailLength];
}

/// <summary>One call to the treasury for a payment: what was asked, what came back, how long it took.</summary>
public class PaymentAttempt : Entity
{
    public Guid PaymentId { get; private set; }
    public int Number { get; private set; }
    /// <summary>"POST" (send) or "GET" (ask by key).</summary>
    public string Operation { get; private set; } = null!;
    public DateTime StartedAtUtc { get; private set; }
    public int DurationMs { get; private set; }
    public int? HttpStatus { get; private set; }
    public string Outcome { get; private set; } = null!;
    public string? Detail { get; private set; }
    public string Executor { get; private set; } = null!;

    private PaymentAttempt() { }

    public PaymentAttempt(Guid paymentId, int number, string operation, DateTime startedAtUtc, int durationMs, int? httpStatus,
        string outcome, string? detail, string executor)
    {
        PaymentId = paymentId;
        Number = number;
        Operation = operation;
        StartedAtUtc = startedAtUtc;
        DurationMs = durationMs;
        HttpStatus = httpStatus;
        Outcome = outcome;
        Detail = detail is { Length: > PayoutConsts.MaxDetailLength } ? detail[..PayoutConsts.MaxDetailLength] : detail;
        Executor = executor;
    }
}

/// <summary>R-43: the payment is held (blacklisted, deregistered, clawback pending, no bank account): its payee is told.</summary>
public sealed record PaymentHeld(Guid PaymentId, Guid AwardId, Guid PayeeEnterpriseId, PayoutHoldReason Reason) : IDomainEvent;

/// <summary>Retries are spent or the treasury refused: finance must look, the payee learns its money is delayed.</summary>
public sealed record PaymentNeedsAttention(Guid PaymentId, Guid AwardId, Guid PayeeEnterpriseId) : IDomainEvent;
