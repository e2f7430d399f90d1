using RobotPlan.Payouts;

namespace RobotPlan.Notifications.Claims;

/// <summary>
/// the payee learns that its money is held (an item of a batch, or an approved payment) and why; a payment that
/// needs attention is a task for finance and a delay the payee should know of. One text per hold reason, so the reason
/// reads in the recipient's language.
/// </summary>
public sealed class PayoutNotifications(Notifier notifier)
    : IDomainEventHandler<PayoutItemHeld>, IDomainEventHandler<PaymentHeld>, IDomainEventHandler<PaymentNeedsAttention>
{
    public const string HeldTextKeyPrefix = "Notification:PayoutHeld:";
    public const string NeedsAttentionPayeeTextKey = "Notification:PaymentDelayed";
    public const string NeedsAttentionFinanceTextKey = "Notification:PaymentNeedsAttention";

    // The payee cannot open finance's payout pages: its link is its own claims list, where the claim shows the award.
    private const string PayeeLink = "/claims";

    public Task HandleAsync(PayoutItemHeld e, CancellationToken ct) => HeldAsync(e.AwardId, e.PayeeEnterpriseId, e.Reason, PayeeLink, ct);

    public Task HandleAsync(PaymentHeld e, CancellationToken ct) => HeldAsync(e.AwardId, e.PayeeEnterpriseId, e.Reason, PayeeLink, ct);

    public async Task HandleAsync(PaymentNeedsAttention e, CancellationToken ct)
    {
        var link = $"/payouts/payment/{e.PaymentId}";
        await notifier.ToEnterpriseAsync(e.PayeeEnterpriseId, new NotificationMessage(NotificationConsts.PaymentNeedsAttention,
            NeedsAttentionPayeeTextKey, [], PayeeLink), ct);
        await notifier.ToRoleAsync(RobotPlanRoles.FinanceOfficer, null, new NotificationMessage(NotificationConsts.PaymentNeedsAttention,
            NeedsAttentionFinanceTextKey, [e.PaymentId.ToString()], link), ct);
    }

    private Task HeldAsync(Guid awardId, Guid payee, PayoutHoldReason reason, string link, CancellationToken ct) =>
        notifier.ToEnterpriseAsync(payee, new NotificationMessage(NotificationConsts.PaymentHeld, HeldTextKeyPrefix + reason,
            [], link), ct);
}
