using RobotPlan.Authorization;
using RobotPlan.Dtos;
using RobotPlan.Enterprises;
using RobotPlan.Errors;
using RobotPlan.SeedWork;
using RobotPlan.Timing;
using P = RobotPlan.Permissions.RobotPlanPermissions;

namespace RobotPlan.Payouts;

public sealed class PayoutBatchAppService(
    IPayoutBatchRepository batches,
    IPaymentRepository payments,
    IEnterpriseRepository enterprises,
    IPayeeHoldCheck holds,
    PayoutBatchAssembler assembler,
    IPayoutJobScheduler scheduler,
    IUnitOfWork unitOfWork,
    ICurrentUser currentUser,
    TimeProvider clock) : IPayoutBatchAppService
{
    public async Task<PagedResultDto<PayoutBatchDto>> GetListAsync(GetPayoutBatchesInput input, CancellationToken ct)
    {
        currentUser.CheckPermission(P.Payouts.Default);
        var (total, items) = await batches.GetPageAsync(input.Status, input.SkipCount, input.MaxResultCount, ct);
        return new(total, items.Select(PayoutMapper.ToDto).ToList());
    }

    public async Task<PayoutBatchDetailDto> GetAsync(Guid id, CancellationToken ct)
    {
        currentUser.CheckPermission(P.Payouts.Default);
        return await DetailAsync(await LoadAsync(id, ct), ct);
    }

    public async Task<PayoutBatchDto?> AssembleAsync(CancellationToken ct)
    {
        currentUser.CheckPermission(P.Payouts.Manage);
        var batch = await assembler.AssembleAsync(ct);
        return batch is null ? null : PayoutMapper.ToDto(batch);
    }

    public async Task<PayoutBatchDto> SubmitAsync(Guid id, PayoutBatchActionDto input, CancellationToken ct)
    {
        currentUser.CheckPermission(P.Payouts.Manage);
        var batch = await LoadAsync(id, ct);
        unitOfWork.ExpectConcurrencyStamp(batch, input.ConcurrencyStamp);
        batch.Submit(currentUser.Id!.Value, Now);
        await unitOfWork.SaveChangesAsync(ct);
        return PayoutMapper.ToDto(batch);
    }

    /// <summary>
    /// R-40 four-eyes, then one payment per item not held, with its key and payload hash, in the same transaction
    /// as the approval; execution is queued only after the commit.
    /// </summary>
    public async Task<PayoutBatchDto> ApproveAsync(Guid id, PayoutBatchActionDto input, CancellationToken ct)
    {
        currentUser.CheckPermission(P.Payouts.Manage);
        var batch = await LoadAsync(id, ct);
        unitOfWork.ExpectConcurrencyStamp(batch, input.ConcurrencyStamp);
        batch.EnsureApprovableBy(currentUser.Id!.Value);
        // Holds are re-checked now: a payee may have been blacklisted since the batch was assembled.
        foreach (var payee in batch.Items.Where(i => i.HoldReason is null).Select(i => i.PayeeEnterpriseId).Distinct().ToList())
            if (await holds.FindHoldAsync(payee, null, clock.Today(), ct) is { } reason) batch.HoldItemsOf(payee, reason, Now);
        var toPay = batch.Approve(currentUser.Id!.Value, Now);
        foreach (var item in toPay) await payments.AddAsync(await NewPaymentAsync(batch, item, ct), ct);
        await unitOfWork.SaveChangesAsync(ct);
        scheduler.EnqueueExecution(batch.Id);
        return PayoutMapper.ToDto(batch);
    }

    public async Task<PayoutBatchDetailDto> ReleaseItemAsync(Guid id, Guid itemId, CancellationToken ct)
    {
        currentUser.CheckPermission(P.Payouts.Manage);
        var batch = await LoadAsync(id, ct);
        var item = batch.Items.FirstOrDefault(i => i.Id == itemId) ?? throw new EntityNotFoundException(typeof(PayoutItem), itemId);
        // "Released when resolved": the condition must be gone, or the release would pay a blacklisted payee.
        if (item.HoldReason is not null && await holds.FindHoldAsync(item.PayeeEnterpriseId, item.AwardId, clock.Today(), ct) is { } still)
            throw new BusinessException(RobotPlanErrorCodes.PayoutHoldStillApplies, null, still);
        var needsPayment = batch.ReleaseItem(itemId, currentUser.Id!.Value, Now);
        if (needsPayment) await payments.AddAsync(await NewPaymentAsync(batch, item, ct), ct);
        await unitOfWork.SaveChangesAsync(ct);
        if (needsPayment) scheduler.EnqueueExecution(batch.Id);
        return await DetailAsync(batch, ct);
    }

    /// <summary>The bank details are copied now: the key's payload must never change afterwards.</summary>
    private async Task<Payment> NewPaymentAsync(PayoutBatch batch, PayoutItem item, CancellationToken ct)
    {
        var payee = await enterprises.FindAsync(item.PayeeEnterpriseId, ct);
        var account = payee?.BankAccount ?? throw new BusinessException(RobotPlanErrorCodes.PayoutHoldStillApplies, null, PayoutHoldReason.NoBankAccount);
        return new Payment(batch.Id, item.AwardId, item.ProgramId, item.PayeeEnterpriseId, account.AccountName, account.BankName,
            account.AccountNumber, item.Amount, Now);
    }

    private async Task<PayoutBatchDetailDto> DetailAsync(PayoutBatch batch, CancellationToken ct)
    {
        var paid = (await payments.GetByBatchAsync(batch.Id, ct)).ToDictionary(p => p.AwardId);
        var names = await enterprises.GetLegalNamesAsync(batch.Items.Select(i => i.PayeeEnterpriseId).Distinct().ToList(), ct);
        var items = batch.Items.Select(i =>
        {
            paid.TryGetValue(i.AwardId, out var p);
            return new PayoutItemDto(i.Id, i.AwardId, i.PayeeEnterpriseId, names.GetValueOrDefault(i.PayeeEnterpriseId), i.Amount, i.HoldReason,
                i.HeldAtUtc, i.ReleasedById, p?.Status, p?.Id);
        }).ToList();
        var counts = paid.Values.GroupBy(p => p.Status).ToDictionary(g => g.Key, g => g.Count());
        return new(PayoutMapper.ToDto(batch), items, counts);
    }

    private async Task<PayoutBatch> LoadAsync(Guid id, CancellationToken ct) =>
        await batches.FindAsync(id, ct) ?? throw new EntityNotFoundException(typeof(PayoutBatch), id);

    private DateTime Now => clock.GetUtcNow().UtcDateTime;
}
