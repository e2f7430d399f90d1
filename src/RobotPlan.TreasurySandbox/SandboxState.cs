namespace RobotPlan.TreasurySandbox;

/// <summary>
/// The sandbox's own store: in memory, one lock (documented in the contract). A payment record per idempotency
/// key; the record is created "Processing" before the slow part so a concurrent same-key request sees 409.
/// </summary>
public sealed class SandboxState(TimeProvider clock)
{
    private static readonly TimeZoneInfo Shanghai = TimeZoneInfo.FindSystemTimeZoneById("Asia/Shanghai");
    private readonly object _gate = new();
    private readonly Dictionary<string, SandboxPayment> _payments = new(StringComparer.Ordinal);
    private SandboxFaults _faults = new();
    private Random _random = new(42);
    private long _windowSecond;
    private int _windowCount;
    private int _sequence;

    public TimeProvider Clock { get; } = clock;
    public int PostCount;
    public int GetCount;
    public int RateLimitedCount;

    public SandboxFaults Faults
    {
        get { lock (_gate) return _faults.Clone(); }
        set { lock (_gate) { _faults = value.Clone(); _random = new Random(value.Seed); } }
    }

    public void Reset()
    {
        lock (_gate)
        {
            _payments.Clear();
            _faults = new SandboxFaults();
            _random = new Random(42);
            PostCount = GetCount = RateLimitedCount = 0;
        }
    }

    /// <summary>Which fault, if any, this POST gets (counters first, then the rates).</summary>
    internal SandboxFault DrawPostFault()
    {
        lock (_gate)
        {
            if (_faults.NextErrors > 0) { _faults.NextErrors--; return SandboxFault.Error; }
            if (_faults.NextTimeouts > 0) { _faults.NextTimeouts--; return SandboxFault.Timeout; }
            if (_faults.NextLostAnswers > 0) { _faults.NextLostAnswers--; return SandboxFault.LoseAnswer; }
            var roll = _random.NextDouble();
            if (roll < _faults.ErrorRate) return SandboxFault.Error;
            roll -= _faults.ErrorRate;
            if (roll < _faults.TimeoutRate) return SandboxFault.Timeout;
            roll -= _faults.TimeoutRate;
            return roll < _faults.LoseAnswerRate ? SandboxFault.LoseAnswer : SandboxFault.None;
        }
    }

    /// <summary>Fixed one-second window (by the real clock: rate is about wall time, not business time).</summary>
    internal bool TryEnterRateLimit()
    {
        lock (_gate)
        {
            if (_faults.NextRateLimited > 0) { _faults.NextRateLimited--; RateLimitedCount++; return false; }
            if (_faults.RateLimitPerSecond <= 0) return true;
            var second = Environment.TickCount64 / 1000;
            if (second != _windowSecond) { _windowSecond = second; _windowCount = 0; }
            if (_windowCount >= _faults.RateLimitPerSecond) { RateLimitedCount++; return false; }
            _windowCount++;
            return true;
        }
    }

    /// <summary>Registers the key as Processing, or tells what is already there.</summary>
    internal (SandboxPayment Record, bool Created) Begin(string key, PaymentInstruction body, string hash)
    {
        lock (_gate)
        {
            PostCount++;
            if (_payments.TryGetValue(key, out var existing)) return (existing, false);
            var record = new SandboxPayment(key, hash, body) { State = "Processing", ReceivedAtUtc = Clock.GetUtcNow().UtcDateTime };
            _payments[key] = record;
            return (record, true);
        }
    }

    /// <summary>Settles (or refuses) a processing payment: the money moves here, whatever happens to the answer.</summary>
    internal SandboxPayment Complete(SandboxPayment record)
    {
        lock (_gate)
        {
            var now = Clock.GetUtcNow().UtcDateTime;
            // A test account "0000…" stands for a closed account: the treasury refuses it.
            if (record.Body.AccountNumber.StartsWith("0000", StringComparison.Ordinal))
            {
                record.State = "Rejected";
                record.Reason = "account_closed";
            }
            else
            {
                record.State = "Settled";
                record.TreasuryReference = $"TR{now:yyyyMMdd}{++_sequence:D8}";
                record.SettledAtUtc = now;
                record.ValueDate = DateOnly.FromDateTime(TimeZoneInfo.ConvertTimeFromUtc(now, Shanghai));
            }
            return record.Snapshot();
        }
    }

    internal void Forget(string key)
    {
        lock (_gate) _payments.Remove(key);
    }

    public SandboxPayment? Find(string key)
    {
        lock (_gate)
        {
            GetCount++;
            return _payments.TryGetValue(key, out var r) ? r.Snapshot() : null;
        }
    }

    public List<SandboxPayment> All()
    {
        lock (_gate) return _payments.Values.Select(p => p.Snapshot()).ToList();
    }

    public List<SandboxPayment> Statement(DateOnly date)
    {
        lock (_gate)
            return _payments.Values.Where(p => p.State == "Settled" && p.ValueDate == date)
                .OrderBy(p => p.SettledAtUtc).Select(p => p.Snapshot()).ToList();
    }

    /// <summary>Test aid for reconciliation: a settled entry our ledger never asked for, or a changed amount/payee.</summary>
    public void Inject(SandboxPayment record)
    {
        lock (_gate) _payments[record.IdempotencyKey] = record.Snapshot();
    }

    public bool Tamper(string key, decimal? amount, string? payeeName)
    {
        lock (_gate)
        {
            if (!_payments.TryGetValue(key, out var r)) return false;
            r.Body = r.Body with { Amount = amount ?? r.Body.Amount, PayeeName = payeeName ?? r.Body.PayeeName };
            return true;
        }
    }
}

internal enum SandboxFault { None, Error, Timeout, LoseAnswer }

/// <summary>The body of POST /payments (amount in 元).</summary>
public sealed record PaymentInstruction(string PayeeName, string BankName, string AccountNumber, decimal Amount, string Reference);

public sealed class SandboxPayment(string idempotencyKey, string bodyHash, PaymentInstruction body)
{
    public string IdempotencyKey { get; } = idempotencyKey;
    public string BodyHash { get; } = bodyHash;
    public PaymentInstruction Body { get; set; } = body;
    public string State { get; set; } = "Processing";
    public string? TreasuryReference { get; set; }
    public string? Reason { get; set; }
    public DateTime ReceivedAtUtc { get; set; }
    public DateTime? SettledAtUtc { get; set; }
    public DateOnly? ValueDate { get; set; }

    public SandboxPayment Snapshot() => (SandboxPayment)MemberwiseClone();
}
