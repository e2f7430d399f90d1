using P = RobotPlan.Permissions.RobotPlanPermissions;

namespace RobotPlan.Payouts;

/// <summary>追回: the finding moves the award to ClawbackPending (the Award raises the events); repayment closes it.</summary>
public sealed class ClawbackAppService(IAwardRepository awards, IUnitOfWork unitOfWork, ICurrentUser currentUser, TimeProvider clock)
    : IClawbackAppService
{
    public async Task<AwardClawbackDto> RecordFraudFindingAsync(Guid awardId, RecordFraudFindingDto input, CancellationToken ct)
    {
        currentUser.CheckPermission(P.Payouts.RecordFraud);
        var award = await LoadAsync(awardId, ct);
        award.RecordFraudFinding(input.Reason, input.DocumentNumber, input.AmountDue, currentUser.Id!.Value, clock.GetUtcNow().UtcDateTime);
        await unitOfWork.SaveChangesAsync(ct);
        return ToDto(award);
    }

    public async Task<AwardClawbackDto> RecordRepaymentAsync(Guid awardId, CancellationToken ct)
    {
        currentUser.CheckPermission(P.Payouts.Manage);
        var award = await LoadAsync(awardId, ct);
        award.RecordRepayment(clock.GetUtcNow().UtcDateTime);
        await unitOfWork.SaveChangesAsync(ct);
        return ToDto(award);
    }

    private async Task<Award> LoadAsync(Guid id, CancellationToken ct) =>
        await awards.FindAsync(id, ct) ?? throw new EntityNotFoundException(typeof(Award), id);

    private static AwardClawbackDto ToDto(Award a) => new(a.Id, a.PayeeEnterpriseId, a.Amount, a.Status.ToString(), a.Fraud?.Reason,
        a.Fraud?.DocumentNumber, a.Fraud?.AmountDue, a.Fraud?.FoundAtUtc, a.RepaidAtUtc);
}

/// <summary>
/// A fraud finding holds the payee's other money: items in draft/submitted batches and payments never
/// sent. Payments already sent are not touched: they may have settled and must be resolved by key first.
/// </summary>
public sealed class HoldPayeeOnFraudFinding(IPayoutBatchRepository batches, IPaymentRepository payments, TimeProvider clock)
    : IDomainEventHandler<FraudFindingRecorded>
{
    public async Task HandleAsync(FraudFindingRecorded e, CancellationToken ct)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        foreach (var batch in await batches.GetOpenWithPayeeAsync(e.PayeeEnterpriseId, ct))
            batch.HoldItemsOf(e.PayeeEnterpriseId, PayoutHoldReason.ClawbackPending, now);
        foreach (var payment in await payments.GetUnsentOfPayeeAsync(e.PayeeEnterpriseId, ct))
            payment.Hold(PayoutHoldReason.ClawbackPending);
    }
}
