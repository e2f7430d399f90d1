using Microsoft.Extensions.Logging;
using RobotPlan.Notifications;

namespace RobotPlan.Credit;

/// <summary>
/// R-61's effects that change other records, in the save that starts or ends a blacklist record. Everything else
/// (no submission, no listing, reports not counting, payments held) is asked of <see cref="ICreditStanding"/> at the
/// moment it matters, so it needs no undoing. Suspended listings stay suspended when the record ends: reinstatement
/// is a reviewer's decision; the enterprise is told either way.
/// </summary>
public sealed class CreditEffects(ICreditEffectQueries queries, INotificationRepository notifications, TimeProvider clock,
    ILogger<CreditEffects> logger) : IDomainEventHandler<CreditRecordTookEffect>, IDomainEventHandler<CreditRecordEnded>
{
    public const string NotificationKind = "credit-blacklist";

    public async Task HandleAsync(CreditRecordTookEffect domainEvent, CancellationToken ct)
    {
        var record = domainEvent.Record;
        if (!record.IsBlacklist) return;
        var now = clock.GetUtcNow().UtcDateTime;
        var document = new StatusDocument($"R-61 {record.Reason}", record.DocumentNumber, record.DocumentDate);
        foreach (var listing in await queries.GetActiveListingsAsync(record.SubjectKind, record.SubjectId, ct))
        {
            listing.Suspend(document, null, now);
            logger.LogInformation("Listing {Number} suspended by credit record {RecordId}", listing.Number, record.Id);
        }
        await NotifyAsync(record, "Credit:Notification:BlacklistStarted", now, ct);
    }

    public async Task HandleAsync(CreditRecordEnded domainEvent, CancellationToken ct)
    {
        if (!domainEvent.Record.IsBlacklist) return;
        await NotifyAsync(domainEvent.Record, "Credit:Notification:BlacklistEnded", clock.GetUtcNow().UtcDateTime, ct);
    }

    private async Task NotifyAsync(CreditRecord record, string textKey, DateTime now, CancellationToken ct)
    {
        var enterpriseId = record.SubjectKind == CreditSubjectKind.Enterprise ? record.SubjectId : record.SubjectEnterpriseId;
        if (enterpriseId is null) return;
        await notifications.AddAsync(Notification.ToEnterprise(enterpriseId.Value, NotificationKind, textKey,
            [record.SubjectName, record.DocumentNumber], "/credit", now), ct);
    }
}
