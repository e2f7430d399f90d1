namespace RobotPlan.Payouts;

/// <summary>拨付批次状态: assembled by the job, submitted and approved by two different finance officers, then paid.</summary>
public enum PayoutBatchStatus
{
    Draft = 1,
    Submitted = 2,
    Approved = 3,
    Executing = 4,
    Done = 5,
}

/// <summary>
/// One payment's state (reliability.md "Exactly-once payments"). Unknown is not Failed: the gateway may have
/// settled it, so the next attempt asks by key first.
/// </summary>
public enum PaymentStatus
{
    Pending = 1,
    /// <summary>Claimed by one executor under a lease; the call may be in flight.</summary>
    Sending = 2,
    Paid = 3,
    /// <summary>A timeout or lost answer: whether the treasury settled it is not known yet.</summary>
    Unknown = 4,
    /// <summary>A transient failure; retried with back-off after NextAttemptAtUtc.</summary>
    Failed = 5,
    /// <summary>Out of retries or refused by the treasury: a person decides.</summary>
    NeedsAttention = 6,
    /// <summary>R-43: the payee may not be paid now (see the hold reason); finance releases it.</summary>
    Held = 7,
}

/// <summary>R-43: why an item or payment may not be paid now.</summary>
public enum PayoutHoldReason
{
    Blacklisted = 1,
    Deregistered = 2,
    ClawbackPending = 3,
    /// <summary>No bank account in the payee's legal name: nothing to pay to.</summary>
    NoBankAccount = 4,
    /// <summary>Issue #14: the payee's district has not verified it (企业实名核验), e.g. after a USCC transfer.</summary>
    Unverified = 5,
}

/// <summary>What a reconciliation found between the treasury's statement and our ledger.</summary>
public enum ReconciliationDifferenceKind
{
    /// <summary>The treasury settled it; our ledger has no such paid payment.</summary>
    MissingInLedger = 1,
    /// <summary>Our ledger says paid that day; the treasury's statement does not list it.</summary>
    MissingAtGateway = 2,
    AmountMismatch = 3,
    PayeeMismatch = 4,
}

public static class PayoutConsts
{
    public const int MaxIdempotencyKeyLength = 64;
    public const int MaxReferenceLength = 128;
    public const int MaxDetailLength = 1000;
    public const int MaxNoteLength = 500;
}
