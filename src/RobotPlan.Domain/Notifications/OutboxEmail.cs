namespace RobotPlan.Notifications;

/// <summary>
/// One e-mail waiting to go out, written in the same save as what caused it (the outbox pattern), so a message is never
/// lost when the SMTP server is down: the sender job retries it with growing back-off until it is delivered.
/// Delivery is at-least-once — a crash between the SMTP answer and the save sends it again — which suits mail.
/// </summary>
public sealed class OutboxEmail : Entity
{
    /// <summary>Back-off stops growing here, so a long outage is followed by delivery within the hour.</summary>
    public static readonly TimeSpan MaxBackoff = TimeSpan.FromHours(1);

    public string To { get; private set; } = null!;
    public string Subject { get; private set; } = null!;
    public string Body { get; private set; } = null!;
    /// <summary>RFC 8058 one-click unsubscribe target (saved searches); null for other mail.</summary>
    public string? UnsubscribeUrl { get; private set; }
    public DateTime CreatedAt { get; private set; }
    public int Attempts { get; private set; }
    public DateTime NextAttemptAt { get; private set; }
    /// <summary>A sender that took the message owns it until then; another sender (a second node) skips it.</summary>
    public DateTime? ClaimedUntil { get; private set; }
    public DateTime? SentAt { get; private set; }
    public string? LastError { get; private set; }

    private OutboxEmail() { }

    public OutboxEmail(string to, string subject, string body, string? unsubscribeUrl, DateTime now)
    {
        To = to.Trim();
        Subject = Truncate(subject, EmailConsts.MaxSubjectLength);
        Body = Truncate(body, EmailConsts.MaxBodyLength);
        UnsubscribeUrl = unsubscribeUrl;
        CreatedAt = now;
        NextAttemptAt = now;
    }

    public bool IsSent => SentAt is not null;

    public void MarkSent(DateTime now)
    {
        Attempts++;
        SentAt ??= now;
        ClaimedUntil = null;
        LastError = null;
    }

    /// <summary>Waits 1, 2, 4 … minutes (at most an hour) before the next try; the message is never given up.</summary>
    public void MarkFailed(string error, DateTime now)
    {
        Attempts++;
        LastError = Truncate(error, EmailConsts.MaxErrorLength);
        ClaimedUntil = null;
        NextAttemptAt = now + Backoff(Attempts);
    }

    public static TimeSpan Backoff(int attempts)
    {
        var minutes = Math.Pow(2, Math.Clamp(attempts - 1, 0, 10));
        return TimeSpan.FromMinutes(Math.Min(minutes, MaxBackoff.TotalMinutes));
    }

    private static string Truncate(string value, int max) => value.Length <= max ? value : value[..max];
}
