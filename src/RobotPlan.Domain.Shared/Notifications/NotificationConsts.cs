namespace RobotPlan.Notifications;

public static class NotificationConsts
{
    public const int MaxKindLength = 64;
    public const int MaxTextKeyLength = 128;
    public const int MaxArgumentsLength = 2000;
    public const int MaxLinkLength = 256;
    public const int MaxDedupKeyLength = 128;

    /// <summary>R-17: a listing expires in N days.</summary>
    public const string ListingExpiryWarning = "listing-expiry-warning";
    /// <summary>The enterprise's file moved (returned, rejected, passed a step, listed).</summary>
    public const string ApplicationStatusChanged = "application-status-changed";
    /// <summary>A file arrived in a reviewer's task list.</summary>
    public const string TaskArrived = "task-arrived";
    /// <summary>A review deadline is today (the reviewer), or a revision deadline is near (the enterprise).</summary>
    public const string DeadlineNear = "deadline-near";
    /// <summary>A district review passed its deadline: told to the municipal reviewers (escalation).</summary>
    public const string ReviewOverdue = "review-overdue";
    /// <summary>Payouts: a payment to the enterprise is held. Raised by the payouts module through Notifier.</summary>
    public const string PaymentHeld = "payment-held";
    /// <summary>The enterprise's subsidy claim moved (a step it did not take itself).</summary>
    public const string ClaimStatusChanged = "claim-status-changed";
    /// <summary>A payment needs finance's attention (retries spent or refused); the payee learns of the delay.</summary>
    public const string PaymentNeedsAttention = "payment-needs-attention";
    /// <summary>企业实名核验: an enterprise submitted its licence (its district), or was verified or rejected (the enterprise).</summary>
    public const string EnterpriseVerification = "enterprise-verification";
    /// <summary>A USCC dispute was filed (administrators) or decided (the claimant).</summary>
    public const string UsccDispute = "uscc-dispute";
}

/// <summary>Limits of the e-mail outbox.</summary>
public static class EmailConsts
{
    public const int MaxAddressLength = 128;
    public const int MaxSubjectLength = 256;
    public const int MaxBodyLength = 20_000;
    public const int MaxErrorLength = 1000;
}
