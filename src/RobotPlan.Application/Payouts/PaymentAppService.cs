using P = RobotPlan.Permissions.RobotPlanPermissions;

namespace RobotPlan.Payouts;

public sealed class PaymentAppService(IPaymentRepository payments, IPayeeHoldCheck holds, IPayoutJobScheduler scheduler, IUnitOfWork unitOfWork,
    ICurrentUser currentUser, TimeProvider clock) : IPaymentAppService
{
    public async Task<PagedResultDto<PaymentDto>> GetListAsync(GetPaymentsInput input, CancellationToken ct)
    {
        currentUser.CheckPermission(P.Payouts.Default);
        var (total, items) = await payments.GetPageAsync(input.Status, input.BatchId, input.SkipCount, input.MaxResultCount, ct);
        return new(total, items.Select(PayoutMapper.ToDto).ToList());
    }

    public async Task<PaymentDetailDto> GetAsync(Guid id, CancellationToken ct)
    {
        currentUser.CheckPermission(P.Payouts.Default);
        var payment = await LoadAsync(id, ct);
        return new(PayoutMapper.ToDto(payment), (await payments.GetAttemptsAsync(id, ct)).Select(PayoutMapper.ToDto).ToList());
    }

    /// <summary>A held payment goes back to the queue once its hold no longer applies.</summary>
    public async Task<PaymentDto> ReleaseAsync(Guid id, CancellationToken ct)
    {
        currentUser.CheckPermission(P.Payouts.Manage);
        var payment = await LoadAsync(id, ct);
        if (payment.Status == PaymentStatus.Held
            && await holds.FindHoldAsync(payment.PayeeEnterpriseId, payment.AwardId, clock.Today(), ct) is { } still)
            throw new BusinessException(RobotPlanErrorCodes.PayoutHoldStillApplies, null, still);
        payment.Release(clock.GetUtcNow().UtcDateTime);
        await unitOfWork.SaveChangesAsync(ct);
        scheduler.EnqueueExecution(payment.BatchId);
        return PayoutMapper.ToDto(payment);
    }

    /// <summary>R-42's person: after looking, another round of attempts (the first asks the treasury by key).</summary>
    public async Task<PaymentDto> RetryAsync(Guid id, CancellationToken ct)
    {
        currentUser.CheckPermission(P.Payouts.Manage);
        var payment = await LoadAsync(id, ct);
        payment.Retry(clock.GetUtcNow().UtcDateTime);
        await unitOfWork.SaveChangesAsync(ct);
        scheduler.EnqueueExecution(payment.BatchId);
        return PayoutMapper.ToDto(payment);
    }

    private async Task<Payment> LoadAsync(Guid id, CancellationToken ct) =>
        await payments.FindAsync(id, ct) ?? throw new EntityNotFoundException(typeof(Payment), id);
}
