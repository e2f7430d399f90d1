using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace RobotPlan.Payouts;

/// <summary>
/// Pays whatever of a batch is due. Hangfire may run this twice at once or again after a crash:
/// correctness lives in the claim (one conditional UPDATE per payment), the constant idempotency key, "ask by
/// key before any new attempt", and one transaction recording the outcome with the budget and the award.
/// Every step runs in a scope of its own — each payment with its own <see cref="PaymentProcessor"/> and DbContext,
/// in parallel — so one payment's failure leaves the others alone.
/// </summary>
public sealed class PayoutExecutor(IServiceScopeFactory scopes, IOptions<PayoutOptions> options)
{
    private const int PageSize = 500;
    private readonly string _owner = Owner();

    public async Task<PayoutRunResult> ExecuteBatchAsync(Guid batchId, CancellationToken ct = default)
    {
        await InScopeAsync<PayoutBatchProgress, bool>(p => p.StartAsync(batchId, ct));
        var handled = 0;
        while (!ct.IsCancellationRequested)
        {
            var due = await InScopeAsync<PayoutBatchProgress, List<Guid>>(p => p.GetDueAsync(batchId, PageSize, ct));
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
        return await InScopeAsync<PayoutBatchProgress, PayoutRunResult>(p => p.FinishAsync(batchId, handled, ct));
    }

    /// <summary>One payment: claim, (ask,) send, record. False when another executor has it or it is not due.</summary>
    public async Task<bool> ProcessAsync(Guid paymentId, CancellationToken ct = default)
    {
        var run = await InScopeAsync<PaymentProcessor, PaymentRun>(p => p.ProcessAsync(paymentId, _owner, ct));
        // The failed recording spent that scope's unit of work: a fresh scope hands the payment to a person.
        if (run.UnrecordedSettlement is { } detail)
            await InScopeAsync<PaymentProcessor, bool>(async p => { await p.MarkUnrecordableAsync(paymentId, _owner, detail, ct); return true; });
        return run.Claimed;
    }

    private async Task<TResult> InScopeAsync<TStep, TResult>(Func<TStep, Task<TResult>> work) where TStep : notnull
    {
        await using var scope = scopes.CreateAsyncScope();
        return await work(scope.ServiceProvider.GetRequiredService<TStep>());
    }

    /// <summary>Who holds a lease: host, process and this executor instance (two in one process differ too).</summary>
    private static string Owner()
    {
        var owner = $"{Environment.MachineName}:{Environment.ProcessId}:{Guid.NewGuid():N}";
        return owner.Length <= 100 ? owner : owner[^100..];
    }
}
