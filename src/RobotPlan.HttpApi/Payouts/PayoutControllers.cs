using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using RobotPlan.Dtos;
using P = RobotPlan.Permissions.RobotPlanPermissions;

namespace RobotPlan.Payouts;

[Route("api/app/payout-batches")]
public sealed class PayoutBatchController(IPayoutBatchAppService batches) : RobotPlanAppControllerBase
{
    [HttpGet]
    [Authorize(P.Payouts.Default)]
    public Task<PagedResultDto<PayoutBatchDto>> GetListAsync([FromQuery] GetPayoutBatchesInput input, CancellationToken ct) =>
        batches.GetListAsync(input, ct);

    [HttpGet("{id:guid}")]
    [Authorize(P.Payouts.Default)]
    public Task<PayoutBatchDetailDto> GetAsync(Guid id, CancellationToken ct) => batches.GetAsync(id, ct);

    /// <summary>Runs the 02:00 assembly now; 204 when no approved award waits.</summary>
    [HttpPost("assemble")]
    [Authorize(P.Payouts.Manage)]
    [ProducesResponseType(StatusCodes.Status204NoContent)]
    public async Task<ActionResult<PayoutBatchDto>> AssembleAsync(CancellationToken ct) =>
        await batches.AssembleAsync(ct) is { } batch ? batch : NoContent();

    [HttpPost("{id:guid}/submit")]
    [Authorize(P.Payouts.Manage)]
    public Task<PayoutBatchDto> SubmitAsync(Guid id, PayoutBatchActionDto? input, CancellationToken ct) =>
        batches.SubmitAsync(id, input ?? new(), ct);

    /// <summary>R-40 four-eyes: the submitter gets 422 RobotPlan:Payouts.SameOfficer.</summary>
    [HttpPost("{id:guid}/approve")]
    [Authorize(P.Payouts.Manage)]
    public Task<PayoutBatchDto> ApproveAsync(Guid id, PayoutBatchActionDto? input, CancellationToken ct) =>
        batches.ApproveAsync(id, input ?? new(), ct);

    [HttpPost("{id:guid}/items/{itemId:guid}/release")]
    [Authorize(P.Payouts.Manage)]
    public Task<PayoutBatchDetailDto> ReleaseItemAsync(Guid id, Guid itemId, CancellationToken ct) => batches.ReleaseItemAsync(id, itemId, ct);
}

[Route("api/app/payments")]
public sealed class PaymentController(IPaymentAppService payments) : RobotPlanAppControllerBase
{
    [HttpGet]
    [Authorize(P.Payouts.Default)]
    public Task<PagedResultDto<PaymentDto>> GetListAsync([FromQuery] GetPaymentsInput input, CancellationToken ct) => payments.GetListAsync(input, ct);

    [HttpGet("{id:guid}")]
    [Authorize(P.Payouts.Default)]
    public Task<PaymentDetailDto> GetAsync(Guid id, CancellationToken ct) => payments.GetAsync(id, ct);

    [HttpPost("{id:guid}/release")]
    [Authorize(P.Payouts.Manage)]
    public Task<PaymentDto> ReleaseAsync(Guid id, CancellationToken ct) => payments.ReleaseAsync(id, ct);

    [HttpPost("{id:guid}/retry")]
    [Authorize(P.Payouts.Manage)]
    public Task<PaymentDto> RetryAsync(Guid id, CancellationToken ct) => payments.RetryAsync(id, ct);
}

[Route("api/app/reconciliations")]
public sealed class ReconciliationController(IReconciliationAppService reconciliations) : RobotPlanAppControllerBase
{
    [HttpGet]
    [Authorize(P.Payouts.Default)]
    public Task<PagedResultDto<ReconciliationDto>> GetListAsync([FromQuery] GetReconciliationsInput input, CancellationToken ct) =>
        reconciliations.GetListAsync(input, ct);

    [HttpGet("{id:guid}")]
    [Authorize(P.Payouts.Default)]
    public Task<ReconciliationDetailDto> GetAsync(Guid id, CancellationToken ct) => reconciliations.GetAsync(id, ct);

    /// <summary>Reconciles one past business date now (same rules as the daily job; a re-run adds only what is new).</summary>
    [HttpPost]
    [Authorize(P.Payouts.Manage)]
    public Task<ReconciliationDetailDto> RunAsync(RunReconciliationDto input, CancellationToken ct) => reconciliations.RunAsync(input, ct);
}

/// <summary>追回: the fraud finding (municipal) and the repayment (finance) on a paid award.</summary>
[Route("api/app/clawbacks")]
public sealed class ClawbackController(IClawbackAppService clawbacks) : RobotPlanAppControllerBase
{
    [HttpPost("{awardId:guid}/fraud-finding")]
    [Authorize(P.Payouts.RecordFraud)]
    public Task<AwardClawbackDto> RecordFraudFindingAsync(Guid awardId, RecordFraudFindingDto input, CancellationToken ct) =>
        clawbacks.RecordFraudFindingAsync(awardId, input, ct);

    [HttpPost("{awardId:guid}/repayment")]
    [Authorize(P.Payouts.Manage)]
    public Task<AwardClawbackDto> RecordRepaymentAsync(Guid awardId, CancellationToken ct) => clawbacks.RecordRepaymentAsync(awardId, ct);
}
