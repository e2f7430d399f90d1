using Microsoft.Extensions.Options;

namespace RobotPlan.Credit;

/// <summary>
/// a fraud finding on an award blacklists the payee enterprise for <see cref="CreditOptions.FraudBlacklistYears"/>
/// years from the finding, in the same save (so its payments are held and its listings suspended at once).
/// </summary>
public sealed class FraudFindingBlacklister(CreditManager manager, IOptions<CreditOptions> options, TimeProvider clock)
    : IDomainEventHandler<FraudFindingRecorded>
{
    public async Task HandleAsync(FraudFindingRecorded domainEvent, CancellationToken ct)
    {
        var subject = await manager.ResolveAsync(CreditSubjectKind.Enterprise, domainEvent.PayeeEnterpriseId, ct);
        var today = clock.Today();
        var finding = domainEvent.Finding;
        await manager.RecordAsync(new CreditRecord(subject, CreditRecordKind.SeriousDishonesty, finding.Reason, finding.DocumentNumber,
            DateOnly.FromDateTime(TimeZoneInfo.ConvertTimeFromUtc(finding.FoundAtUtc, BusinessCalendarClock.TimeZone)), today,
            today.AddYears(options.Value.FraudBlacklistYears), CreditRecordSource.FraudFinding, $"award:{domainEvent.AwardId}"), ct);
    }
}
