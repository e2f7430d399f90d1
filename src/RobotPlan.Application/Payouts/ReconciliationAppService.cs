using P = RobotPlan.Permissions.RobotPlanPermissions;

namespace RobotPlan.Payouts;

public sealed class ReconciliationAppService(IReconciliationRepository reconciliations, ReconcilePaymentsJob job, ICurrentUser currentUser,
    TimeProvider clock) : IReconciliationAppService
{
    public async Task<PagedResultDto<ReconciliationDto>> GetListAsync(GetReconciliationsInput input, CancellationToken ct)
    {
        currentUser.CheckPermission(P.Payouts.Default);
        var (total, items) = await reconciliations.GetPageAsync(input.SkipCount, input.MaxResultCount, ct);
        return new(total, items.Select(PayoutMapper.ToDto).ToList());
    }

    public async Task<ReconciliationDetailDto> GetAsync(Guid id, CancellationToken ct)
    {
        currentUser.CheckPermission(P.Payouts.Default);
        var r = await reconciliations.FindAsync(id, ct) ?? throw new EntityNotFoundException(typeof(Reconciliation), id);
        return PayoutMapper.ToDetail(r);
    }

    /// <summary>Finance may reconcile a day on demand (e.g. after the treasury corrected its statement); same rules as the job.</summary>
    public async Task<ReconciliationDetailDto> RunAsync(RunReconciliationDto input, CancellationToken ct)
    {
        currentUser.CheckPermission(P.Payouts.Manage);
        var date = input.Date ?? throw new BusinessException(RobotPlanErrorCodes.ValidationFailed, "date");
        if (date > clock.Today() || date.Year < 2020) throw new BusinessException(RobotPlanErrorCodes.ReconciliationDateInvalid, "date");
        try
        {
            return PayoutMapper.ToDetail(await job.ReconcileAsync(date, ct));
        }
        catch (Exception ex) when (ex is HttpRequestException or TaskCanceledException or Polly.Timeout.TimeoutRejectedException && !ct.IsCancellationRequested)
        {
            // Without the statement there is nothing to compare: say so rather than record a half reconciliation.
            throw new BusinessException(RobotPlanErrorCodes.TreasuryUnavailable);
        }
    }
}
