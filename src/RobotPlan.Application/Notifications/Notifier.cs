namespace RobotPlan.Notifications;

/// <summary>
/// The one way to tell someone something: an in-app notification (its text a localization key, so each reader sees it in
/// their language) and, when e-mail is on, one outbox message per recipient with an address — all added to the caller's
/// unit of work, so they are saved (or not) with the change that caused them.
/// <para>
/// How a module raises notifications (claims, payouts …): write an <c>IDomainEventHandler&lt;YourEvent&gt;</c> that calls
/// <see cref="ToEnterpriseAsync"/>, <see cref="ToUserAsync"/> or <see cref="ToRoleAsync"/>, add its text keys to your own
/// localization files, and register the handler in ApplicationServiceCollectionExtensions. Example for payouts:
/// <code>
/// public sealed class PaymentHeldNotifier(Notifier notifier) : IDomainEventHandler&lt;PaymentHeld&gt;
/// {
///     public Task HandleAsync(PaymentHeld e, CancellationToken ct) => notifier.ToEnterpriseAsync(e.PayeeEnterpriseId,
///         new NotificationMessage(NotificationConsts.PaymentHeld, "Notification:PaymentHeld", [e.Reason], $"/payouts/{e.AwardId}"), ct);
/// }
/// </code>
/// A job that may run again passes a <see cref="NotificationMessage.DedupKey"/>: each recipient gets that message once.
/// </para>
/// </summary>
public sealed class Notifier(INotificationRepository notifications, INotificationRecipients recipients, IOutboxEmailRepository outbox,
    EmailComposer composer, IOptions<EmailOptions> emailOptions, TimeProvider clock)
{
    /// <summary>One notification for the whole enterprise (every user of it sees it); an e-mail to each of its users.</summary>
    public async Task<bool> ToEnterpriseAsync(Guid enterpriseId, NotificationMessage message, CancellationToken ct = default)
    {
        if (message.DedupKey is { } key && await notifications.ExistsAsync(null, enterpriseId, key, ct)) return false;
        var now = clock.GetUtcNow().UtcDateTime;
        await notifications.AddAsync(Notification.ToEnterprise(enterpriseId, message.Kind, message.TextKey, message.Arguments, message.Link, now)
            .WithDedupKey(message.DedupKey), ct);
        if (WantsEmail(message))
            foreach (var user in await recipients.OfEnterpriseAsync(enterpriseId, ct))
                await QueueAsync(user, message, now, ct);
        return true;
    }

    public async Task<bool> ToUserAsync(Guid userId, NotificationMessage message, CancellationToken ct = default)
    {
        if (message.DedupKey is { } key && await notifications.ExistsAsync(userId, null, key, ct)) return false;
        var now = clock.GetUtcNow().UtcDateTime;
        await notifications.AddAsync(Notification.ToUser(userId, message.Kind, message.TextKey, message.Arguments, message.Link, now)
            .WithDedupKey(message.DedupKey), ct);
        if (WantsEmail(message) && await recipients.FindAsync(userId, ct) is { } user) await QueueAsync(user, message, now, ct);
        return true;
    }

    /// <summary>Each active user in the role (of the jurisdiction, when given) gets their own copy; returns how many were new.</summary>
    public async Task<int> ToRoleAsync(string role, Guid? jurisdictionId, NotificationMessage message, CancellationToken ct = default)
    {
        var sent = 0;
        foreach (var user in await recipients.InRoleAsync(role, jurisdictionId, ct))
        {
            if (message.DedupKey is { } key && await notifications.ExistsAsync(user.UserId, null, key, ct)) continue;
            var now = clock.GetUtcNow().UtcDateTime;
            await notifications.AddAsync(Notification.ToUser(user.UserId, message.Kind, message.TextKey, message.Arguments, message.Link, now)
                .WithDedupKey(message.DedupKey), ct);
            if (WantsEmail(message)) await QueueAsync(user, message, now, ct);
            sent++;
        }
        return sent;
    }

    /// <summary>An e-mail to someone without an account (saved searches); queued whatever the in-app settings.</summary>
    public Task QueueEmailAsync(string to, string subject, string body, string? unsubscribeUrl, CancellationToken ct = default) =>
        outbox.AddAsync(new OutboxEmail(to, subject, body, unsubscribeUrl, clock.GetUtcNow().UtcDateTime), ct);

    private bool WantsEmail(NotificationMessage message) => message.Email && emailOptions.Value.Enabled;

    private async Task QueueAsync(NotificationRecipient user, NotificationMessage message, DateTime now, CancellationToken ct)
    {
        if (string.IsNullOrWhiteSpace(user.Email)) return;
        var (subject, body) = composer.Compose(message.TextKey, message.Arguments, message.Link);
        await outbox.AddAsync(new OutboxEmail(user.Email, subject, body, null, now), ct);
    }
}

/// <summary>What to say: a kind (for filtering), a localization key with its arguments, and where to go.</summary>
public sealed record NotificationMessage(string Kind, string TextKey, IReadOnlyList<string> Arguments, string? Link,
    string? DedupKey = null, bool Email = true);
