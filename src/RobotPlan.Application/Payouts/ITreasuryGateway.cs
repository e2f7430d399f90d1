namespace RobotPlan.Payouts;

/// <summary>The treasury gateway (etc/docs/treasury-gateway.md) as the application sees it; HTTP stays behind it.</summary>
public interface ITreasuryGateway
{
    /// <summary>POST /payments with the key. Never throws for the treasury's or the network's faults: it says what is known.</summary>
    Task<GatewayAnswer> SendAsync(string idempotencyKey, TreasuryInstruction instruction, CancellationToken ct = default);

    /// <summary>GET /payments/{key}: what the treasury knows about this key.</summary>
    Task<GatewayAnswer> QueryAsync(string idempotencyKey, CancellationToken ct = default);

    /// <summary>GET /statements?date=: the day's settled payments (throws when it cannot be read: a reconciliation must not guess).</summary>
    Task<IReadOnlyList<StatementEntry>> GetStatementAsync(DateOnly date, CancellationToken ct = default);
}

public sealed record TreasuryInstruction(string PayeeName, string BankName, string AccountNumber, decimal Amount, string Reference);

public enum GatewayOutcome
{
    Settled = 1,
    /// <summary>The treasury refused it for good (closed account, invalid body): a person must look.</summary>
    Rejected = 2,
    /// <summary>GET only: the treasury never saw this key, so it is safe to send.</summary>
    NotFound = 3,
    /// <summary>The original request is still being processed.</summary>
    InProgress = 4,
    /// <summary>The key was used with a different body (409): never resend, a person must look.</summary>
    Conflict = 5,
    /// <summary>Timeout or connection lost: the treasury may or may not have settled it.</summary>
    Unknown = 6,
    /// <summary>5xx or 429 after the client's own retries: not done; try again later.</summary>
    TransientError = 7,
}

public sealed record GatewayAnswer(GatewayOutcome Outcome, int? HttpStatus, string? TreasuryReference = null, DateOnly? ValueDate = null,
    string? Detail = null);

public sealed record StatementEntry(string IdempotencyKey, string PayeeName, decimal Amount, string Reference, string? TreasuryReference);
