using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using RobotPlan.SeedWork;
using RobotPlan.SubsidyAwards;
using RobotPlan.SubsidyPrograms;
using RobotPlan.Timing;

namespace RobotPlan.Payouts;

/// <summary>
/// Pays whatever of a batch is due. Hangfire may run this twice at once or again after a crash:
/// correctness lives in the claim (one conditional UPDATE per payment), the constant idempotency key, "ask by
/// key before any new attempt", and one transaction recording the outcome with the budget and the award.
/// Each payment is handled in its own scope (its own DbContext), so one payment's failure leaves the others alone.
/// </summary>
public sealed class PayoutExecutor(IServiceScopeFactory scopes, ITreasuryGateway gateway, TimeProvider clock,
    IOptions<PayoutOptions> options, IPaymentStepProbe probe, ILogger<PayoutExecutor> logger)
{
    private const int PageSize = 500;
    private readonly string _owner = Owner();

    public async Task<PayoutRunResult> ExecuteBatchAsync(Guid batchId, CancellationToken ct = default)
    {
        await UpdateBatchAsync(batchId, b => { b.MarkExecuting(); return true; }, ct);
        var handled = 0;
        while (!ct.IsCancellationRequested)
        {
            var due = await InScopeAsync(sp => sp.GetRequiredService<IPaymentRepository>().GetDueIdsAsync(batchId, Now, PageSize, ct));
            if (due.Count == 0) break;
            var claimed = 0;
            // Stop between payments, never inside one (reliability.md): Hangfire's shutdown token stops the loop from
            // starting more, while a payment already claimed runs to its recorded outcome.
            await Parallel.ForEachAsync(due, new ParallelOptions { MaxDegreeOfParallelism = Math.Max(1, options.Value.Parallelism), CancellationToken = ct },
                async (id, _) => { if (await ProcessAsync(id, CancellationToken.None)) Interlocked.Increment(ref claimed); });
            handled += claimed;
            // Everything due was claimed by someone else: they will finish it.
            if (claimed == 0) break;
        }
        var counts = await InScopeAsync(sp => sp.GetRequiredService<IPaymentRepository>().CountByStatusAsync(batchId, ct));
        var batch = await InScopeAsync(sp => sp.GetRequiredService<IPayoutBatchRepository>().FindAsync(batchId, ct));
        var allPaid = batch is not null && batch.Items.All(i => i.HoldReason is null)
            && counts.Sum(c => c.Value) == batch.Items.Count && counts.Keys.All(s => s == PaymentStatus.Paid);
        if (allPaid) await UpdateBatchAsync(batchId, b => b.MarkDone(Now), ct);
        var nextRetry = await InScopeAsync(sp => sp.GetRequiredService<IPaymentRepository>().GetNextRetryAsync(batchId, ct));
        return new PayoutRunResult(handled, counts, allPaid, nextRetry);
    }

    /// <summary>One payment: claim, (ask,) send, record. False when another executor has it or it is not due.</summary>
    public async Task<bool> ProcessAsync(Guid paymentId, CancellationToken ct = default)
    {
        await using var scope = scopes.CreateAsyncScope();
        var sp = scope.ServiceProvider;
        var payments = sp.GetRequiredService<IPaymentRepository>();
        var now = Now;
        if (!await payments.TryClaimAsync(paymentId, _owner, now, now + options.Value.Lease, ct)) return false;
        var payment = await payments.FindAsync(paymentId, ct) ?? throw new InvalidOperationException($"Payment {paymentId} vanished after its claim.");
        var unitOfWork = sp.GetRequiredService<IUnitOfWork>();

        if (payment.AttemptCount == 1)
        {
            // R-43 at send time too: a payee blacklisted or found out after approval is not paid.
            var hold = await sp.GetRequiredService<IPayeeHoldCheck>().FindHoldAsync(payment.PayeeEnterpriseId, payment.AwardId, clock.Today(), ct);
            if (hold is { } reason)
            {
                payment.Hold(reason);
                await SaveAsync(unitOfWork, ct);
                return true;
            }
        }

        if (payment.MustQueryFirst)
        {
            var known = await CallAsync(payments, payment, "GET", () => gateway.QueryAsync(payment.IdempotencyKey, ct));
            if (known.Outcome != GatewayOutcome.NotFound)
            {
                await RecordAsync(sp, payment, known, ct);
                return true;
            }
        }

        var answer = await CallAsync(payments, payment, "POST", () => gateway.SendAsync(payment.IdempotencyKey,
            new TreasuryInstruction(payment.PayeeName, payment.BankName, payment.AccountNumber, payment.Amount, payment.Reference), ct));
        // Tests stop the executor here: the treasury has acted, nothing is committed (a crash between call and commit).
        await probe.AfterGatewayCallAsync(payment, answer);
        await RecordAsync(sp, payment, answer, ct);
        return true;
    }

    private async Task<GatewayAnswer> CallAsync(IPaymentRepository payments, Payment payment, string operation, Func<Task<GatewayAnswer>> call)
    {
        var started = Now;
        var watch = System.Diagnostics.Stopwatch.StartNew();
        var answer = await call();
        await payments.AddAttemptAsync(new PaymentAttempt(payment.Id, payment.AttemptCount, operation, started, (int)watch.ElapsedMilliseconds,
            answer.HttpStatus, answer.Outcome.ToString(), answer.Detail, _owner));
        return answer;
    }

    private async Task RecordAsync(IServiceProvider sp, Payment payment, GatewayAnswer answer, CancellationToken ct)
    {
        var unitOfWork = sp.GetRequiredService<IUnitOfWork>();
        var o = options.Value;
        var retryAt = Now + o.BackoffAfter(payment.AttemptCount);
        switch (answer.Outcome)
        {
            case GatewayOutcome.Settled:
                // Paid, budget consumed and award Paid in one transaction: all or none (the claim's stamp guards it).
                try
                {
                    await unitOfWork.InTransactionAsync(async () =>
                    {
                        var award = await sp.GetRequiredService<IAwardRepository>().FindAsync(payment.AwardId, ct)
                            ?? throw new InvalidOperationException($"Award {payment.AwardId} of payment {payment.Id} is missing.");
                        await sp.GetRequiredService<IBudgetLedger>().ConsumeAsync(payment.ProgramId, payment.Amount, ct);
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
                    await MarkUnrecordableAsync(payment.Id, $"Settled at the treasury as {answer.TreasuryReference} but not recorded: {ex.Message}", ct);
                }
                return;
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
        await SaveAsync(unitOfWork, ct);
    }

    private async Task MarkUnrecordableAsync(Guid paymentId, string detail, CancellationToken ct)
    {
        await using var scope = scopes.CreateAsyncScope();
        var payment = await scope.ServiceProvider.GetRequiredService<IPaymentRepository>().FindAsync(paymentId, ct);
        if (payment is not { Status: PaymentStatus.Sending } || payment.LeaseOwner != _owner) return;
        payment.RecordRefused(detail);
        await SaveAsync(scope.ServiceProvider.GetRequiredService<IUnitOfWork>(), ct);
    }

    private async Task SaveAsync(IUnitOfWork unitOfWork, CancellationToken ct)
    {
        try { await unitOfWork.SaveChangesAsync(ct); }
        catch (ConcurrencyConflictException) { logger.LogWarning("A payment was re-claimed before its outcome was saved; the new claimant records it"); }
    }

    private async Task UpdateBatchAsync(Guid batchId, Func<PayoutBatch, bool> change, CancellationToken ct)
    {
        try
        {
            await InScopeAsync(async sp =>
            {
                var batch = await sp.GetRequiredService<IPayoutBatchRepository>().FindAsync(batchId, ct);
                if (batch is not null && change(batch)) await sp.GetRequiredService<IUnitOfWork>().SaveChangesAsync(ct);
                return true;
            });
        }
        catch (ConcurrencyConflictException)
        {
            // A concurrent executor moved the batch the same way.
        }
    }

    private async Task<T> InScopeAsync<T>(Func<IServiceProvider, Task<T>> work)
    {
        await using var scope = scopes.CreateAsyncScope();
        return await work(scope.ServiceProvider);
    }

    private DateTime Now => clock.GetUtcNow().UtcDateTime;

    /// <summary>Who holds a lease: host, process and this executor instance (two in one process differ too).</summary>
    private static string Owner()
    {
        var owner = $"{Environment.MachineName}:{Environment.ProcessId}:{Guid.NewGuid():N}";
        return owner.Length <= 100 ? owner : owner[^100..];
    }
}

public sealed record PayoutRunResult(int Handled, IReadOnlyDictionary<PaymentStatus, int> Counts, bool Done, DateTime? NextRetryAtUtc);

/// <summary>A seam for fault-injection tests (a crash right after the treasury answered). No-op in production.</summary>
public interface IPaymentStepProbe
{
    Task AfterGatewayCallAsync(Payment payment, GatewayAnswer answer);
}

internal sealed class NoPaymentStepProbe : IPaymentStepProbe
{
    public Task AfterGatewayCallAsync(Payment payment, GatewayAnswer answer) => Task.CompletedTask;
}
