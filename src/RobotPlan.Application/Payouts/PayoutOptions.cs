namespace RobotPlan.Payouts;

/// <summary>Section "Treasury": where the gateway is and how patiently the HTTP client talks to it.</summary>
public sealed class TreasuryGatewayOptions
{
    public const string SectionName = "Treasury";
    public string BaseAddress { get; set; } = "http://127.0.0.1:5090/";
    /// <summary>One HTTP attempt; past it the answer is Unknown (the treasury may still settle).</summary>
    public TimeSpan AttemptTimeout { get; set; } = TimeSpan.FromSeconds(10);
    public TimeSpan TotalTimeout { get; set; } = TimeSpan.FromSeconds(30);
    /// <summary>The client's own quick retries (same key each time, so safe for POST).</summary>
    public int MaxRetries { get; set; } = 3;
    public TimeSpan RetryDelay { get; set; } = TimeSpan.FromMilliseconds(200);
    /// <summary>
    /// Client-side pacing below the treasury's rate limit (0: none). A 429 costs a whole Retry-After; pacing keeps
    /// the sender just under the limit instead, so throughput stays near it.
    /// </summary>
    public int MaxRequestsPerSecond { get; set; }
}

/// <summary>Section "Payouts": parameters.</summary>
public sealed class PayoutOptions
{
    public const string SectionName = "Payouts";
    /// <summary>R-42's parameter: claims of one payment before it is marked "needs attention".</summary>
    public int MaxAttempts { get; set; } = 5;
    /// <summary>Back-off after the n-th failed attempt: Base × 2^(n-1), capped.</summary>
    public TimeSpan BackoffBase { get; set; } = TimeSpan.FromMinutes(1);
    public TimeSpan BackoffCap { get; set; } = TimeSpan.FromHours(1);
    /// <summary>How long a claim lasts; longer than the client's total timeout, so a live sender is never overtaken.</summary>
    public TimeSpan Lease { get; set; } = TimeSpan.FromMinutes(2);
    /// <summary>Payments sent at once by one executor.</summary>
    public int Parallelism { get; set; } = 4;
    /// <summary>R-40: assembly schedule (cron, Asia/Shanghai).</summary>
    public string AssembleCron { get; set; } = "0 2 * * *";
    /// <summary>Yesterday's statement is reconciled at this time (cron, Asia/Shanghai).</summary>
    public string ReconcileCron { get; set; } = "0 6 * * *";
    public int MaxAwardsPerBatch { get; set; } = 20_000;

    public TimeSpan BackoffAfter(int attempt)
    {
        var factor = Math.Pow(2, Math.Clamp(attempt - 1, 0, 20));
        var delay = TimeSpan.FromTicks((long)Math.Min(BackoffBase.Ticks * factor, BackoffCap.Ticks));
        return delay;
    }
}
