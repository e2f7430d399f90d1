namespace RobotPlan.TreasurySandbox;

/// <summary>
/// The sandbox's fault knobs. Rates (0..1) draw from a seeded random; the Next* counters fault exactly the next
/// N payment POSTs, which tests use to be deterministic. Settable by configuration (section TreasurySandbox:Faults),
/// by PUT /_sandbox/faults, or directly on <see cref="SandboxState"/> in-process.
/// </summary>
public sealed class SandboxFaults
{
    /// <summary>Added to every answer (the benchmark's 20 ms).</summary>
    public int LatencyMs { get; set; }
    /// <summary>Share of POSTs answered 500/503 without doing anything.</summary>
    public double ErrorRate { get; set; }
    public int ErrorStatus { get; set; } = 500;
    /// <summary>Share of POSTs that settle only after <see cref="HangMs"/>: the client times out, the money moves anyway.</summary>
    public double TimeoutRate { get; set; }
    public int HangMs { get; set; } = 5000;
    /// <summary>Share of POSTs that settle and then drop the connection: the answer is lost.</summary>
    public double LoseAnswerRate { get; set; }
    /// <summary>Requests per second accepted on /payments; beyond that 429 with Retry-After. 0: no limit.</summary>
    public int RateLimitPerSecond { get; set; }
    public int NextErrors { get; set; }
    public int NextTimeouts { get; set; }
    public int NextLostAnswers { get; set; }
    public int NextRateLimited { get; set; }
    public int Seed { get; set; } = 42;

    public SandboxFaults Clone() => (SandboxFaults)MemberwiseClone();
}
