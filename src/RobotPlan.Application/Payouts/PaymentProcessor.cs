using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using RobotPlan.SeedWork;
using RobotPlan.SubsidyAwards;
using RobotPlan.SubsidyPrograms;
using RobotPlan.Timing;

namespace RobotPlan.Payouts;

/// <summary>
/// One payment, in its own scope (its own DbContext), so one payment's failure leaves the others alone: claim,
/// (ask by key,) send, record. <see cref="PayoutExecutor"/> opens the scope; <paramref name="owner"/>
/// names the executor that holds the lease.
/// </summary>
public sealed class PaymentProcessor(IPaymentRepository payments, IPayeeHoldCheck holds, IAwardRepository awards, IBudgetLedger budget,
    IUnitOfWork unitOfWork, ITreasuryGateway gateway, TimeProvider clock, IOptions<PayoutOptions> options, ILogger<PaymentProcessor> logger)
{
    /// <summary>Claims, (asks,) sends and records one payment; Claimed is false when another executor has it or it is not due.</summary>
    public async Task<PaymentRun> ProcessAsync(Guid paymentId, string owner, CancellationToken ct = default)
    {
        var now = Now;
        if (!await payments.TryClaimAsync(paymentId, owner, now, now + options.Value.Lease, ct)) return PaymentRun.NotClaimed;
        var payment = await payments.FindAsync(paymentId, ct) ?? throw new InvalidOperationException($"Payment {paymentId} vanished after its claim.");

        if (payment.AttemptCount == 1)
        {
            // R-43 at send time too: a payee blacklisted or found out after approval is not paid.
            var hold = await holds.FindHoldAsync(payment.PayeeEnterpriseId, payment.AwardId, clock.Today(), ct);
            if (hold is { } reason)
            {
                payment.Hold(reason);
                await SaveAsync(ct);
                return PaymentRun.Handled;
            }
        }

        if (payment.MustQueryFirst)
        {
            var known = await CallAsync(payment, owner, "GET", () => gateway.QueryAsync(payment.IdempotencyKey, ct));
            if (known.Outcome != GatewayOutcome.NotFound) return await RecordAsync(payment, known, ct);
        }

        var answer = await CallAsync(payment, owner, "POST", () => gateway.SendAsync(payment.IdempotencyKey,
            new TreasuryInstruction(payment.PayeeName, payment.BankName, payment.AccountNumber, payment.Amount, payment.Reference), ct));
        return await RecordAsync(payment, answer, ct);
    }

    /// <summary>
    /// Settled at the treasury but our books refused it (<see cref="PaymentRun.UnrecordedSettlement"/>): called in a
    /// fresh scope, it hands the payment to a person — unless the lease was lost meanwhile.
    /// </summary>
    public async Task MarkUnrecordableAsync(Guid paymentId, string owner, string detail, CancellationToken ct = default)
    {
        var payment = await payments.FindAsync(paymentId, ct);
        if (payment is not { Status: PaymentStatus.Sending } || payment.LeaseOwner != owner) return;
        payment.RecordRefused(detail);
        await SaveAsync(ct);
    }

    private async Task<GatewayAnswer> CallAsync(Payment payment, string owner, string operation, Func<Task<GatewayAnswer>> call)
    {
        var started = Now;
        var watch = System.Diagnostics.Stopwatch.StartNew();
        var answer = await call();
        await payments.AddAttemptAsync(new PaymentAttempt(payment.Id, payment.AttemptCount, operation, started, (int)watch.ElapsedMilliseconds,
            answer.HttpStatus, answer.Outcome.ToString(), answer.Detail, owner));
        return answer;
    }

    private async Task<PaymentRun> RecordAsync(Payment payment, GatewayAnswer answer, CancellationToken ct)
    {
        var o = options.Value;
        var retryAt = Now + o.BackoffAfter(payment.AttemptCount);
        switch (answer.Outcome)
        {
            case GatewayOutcome.Settled:
                return await RecordSettledAsync(payment, answer, ct);
            case GatewayOutcome.Rejected or GatewayOutcome.Conflict:
                payment.RecordRefused($"{answer.Outcome} ({answer.HttpStatus}): {answer.Detail}");
                break;
            case GatewayOutcome.Unknown or GatewayOutcome.InProgress:
                payment.RecordUnknown($"{answer.Outcome} ({answer.HttpStatus}): {answer.Detail}", retryAt, o.MaxAttempts);
                break;
            default:
                payment.RecordFailed($"{answer.Outcome} ({answer.HttpStatus}): {answer.Detail}", retryAt, o.MaxAttempts);
                break;
        }
        if (payment.Status == PaymentStatus.NeedsAttention)
            logger.LogWarning("Payment {Id} ({Key}) needs attention: {Error}", payment.Id, payment.IdempotencyKey, payment.LastError);
        await SaveAsync(ct);
        return PaymentRun.Handled;
    }

    /// <summary>Paid, budget consumed and award Paid in one transaction: all or none (the claim's stamp guards it).</summary>
    private async Task<PaymentRun> RecordSettledAsync(Payment payment, GatewayAnswer answer, CancellationToken ct)
    {
        try
        {
            await unitOfWork.InTransactionAsync(async () =>
            {
                var award = await awards.FindAsync(payment.AwardId, ct)
                    ?? throw new InvalidOperationException($"Award {payment.AwardId} of payment {payment.Id} is missing.");
                await budget.ConsumeAsync(payment.ProgramId, payment.Amount, ct);
                award.MarkPaid(answer.TreasuryReference!, Now);
                payment.RecordPaid(answer.TreasuryReference!, answer.ValueDate!.Value, Now);
                await unitOfWork.SaveChangesAsync(ct);
                return true;
            }, ct);
        }
        catch (ConcurrencyConflictException)
        {
            // Our lease expired and another executor re-claimed it; it asks the treasury by key and records this.
            logger.LogWarning("Payment {Id}: lost the claim before recording; the current claimant records it", payment.Id);
        }
        catch (Exception ex) when (ex is InvalidOperationException or BusinessException)
        {
            // Settled at the treasury but our books refuse it (e.g. the reservation is gone): retrying would
            // fail the same way forever, so a person must look — with the treasury's reference in hand.
            logger.LogError(ex, "Payment {Id} settled as {Reference} but could not be recorded", payment.Id, answer.TreasuryReference);
            return PaymentRun.Unrecorded($"Settled at the treasury as {answer.TreasuryReference} but not recorded: {ex.Message}");
        }
        return PaymentRun.Handled;
    }

    private async Task SaveAsync(CancellationToken ct)
    {
        try { await unitOfWork.SaveChangesAsync(ct); }
        catch (ConcurrencyConflictException) { logger.LogWarning("A payment was re-claimed before its outcome was saved; the new claimant records it"); }
    }

    private DateTime Now => clock.GetUtcNow().UtcDateTime;
}

/// <summary>What one run of a payment came to. <see cref="UnrecordedSettlement"/>: settled, but our books refused to record it.</summary>
public sealed record PaymentRun(bool Claimed, string? UnrecordedSettlement = null)
{
    public static readonly PaymentRun NotClaimed = new(false);
    public static readonly PaymentRun Handled = new(true);
    public static PaymentRun Unrecorded(string detail) => new(true, detail);
}
