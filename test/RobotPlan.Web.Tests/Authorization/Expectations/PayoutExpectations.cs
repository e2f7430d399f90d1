using Microsoft.Extensions.DependencyInjection;
using RobotPlan.Payouts;

namespace RobotPlan.Web.Tests.Authorization.Expectations;

/// <summary>Payouts are finance's (view and act); a fraud finding is the municipal reviewer's. Each write gets a fresh record.</summary>
internal sealed class PayoutExpectations : IEndpointExpectations
{
    private const string FinanceOnly = "anon=401 fin=200 *=403";
    private static Task<HttpContent?> NoBody(MatrixContext c, Actor a) => Task.FromResult<HttpContent?>(null);

    public IEnumerable<EndpointCase> Cases =>
    [
        EndpointCase.Get("api/app/payout-batches", _ => "/api/app/payout-batches?status=Draft", FinanceOnly),
        EndpointCase.SendAsync("GET", "api/app/payout-batches/{id:guid}",
            async c => $"/api/app/payout-batches/{(await PayoutData.BatchAsync(c.Factory, PayoutBatchStatus.Draft)).BatchId}", FinanceOnly, NoBody),
        // Whatever waits is gathered first, so finance's call always finds nothing: 204.
        EndpointCase.SendAsync("POST", "api/app/payout-batches/assemble", async c =>
        {
            await using var scope = c.Factory.Services.CreateAsyncScope();
            await scope.ServiceProvider.GetRequiredService<AssemblePayoutBatchJob>().RunAsync();
            return "/api/app/payout-batches/assemble";
        }, "anon=401 fin=204 *=403", NoBody),
        EndpointCase.SendAsync("POST", "api/app/payout-batches/{id:guid}/submit",
            async c => $"/api/app/payout-batches/{(await PayoutData.BatchAsync(c.Factory, PayoutBatchStatus.Draft)).BatchId}/submit", FinanceOnly, NoBody),
        // Submitted by finance2, so finance is the second pair of eyes.
        EndpointCase.SendAsync("POST", "api/app/payout-batches/{id:guid}/approve",
            async c => $"/api/app/payout-batches/{(await PayoutData.BatchAsync(c.Factory, PayoutBatchStatus.Submitted)).BatchId}/approve", FinanceOnly, NoBody),
        // Also submitted by finance2: finance returns or rejects it; a body with the reason.
        EndpointCase.SendAsync("POST", "api/app/payout-batches/{id:guid}/return",
            async c => $"/api/app/payout-batches/{(await PayoutData.BatchAsync(c.Factory, PayoutBatchStatus.Submitted)).BatchId}/return", FinanceOnly,
            (_, _) => Task.FromResult<HttpContent?>(MatrixContext.Json(new { reason = "第 1 笔账户待核实" }))),
        EndpointCase.SendAsync("POST", "api/app/payout-batches/{id:guid}/reject",
            async c => $"/api/app/payout-batches/{(await PayoutData.BatchAsync(c.Factory, PayoutBatchStatus.Submitted)).BatchId}/reject", FinanceOnly,
            (_, _) => Task.FromResult<HttpContent?>(MatrixContext.Json(new { reason = "金额与核定文件不符" }))),
        EndpointCase.SendAsync("POST", "api/app/payout-batches/{id:guid}/items/{itemId:guid}/release", async c =>
        {
            var (batchId, itemId) = await PayoutData.BatchAsync(c.Factory, PayoutBatchStatus.Draft, heldItem: true);
            return $"/api/app/payout-batches/{batchId}/items/{itemId}/release";
        }, FinanceOnly, NoBody),
        EndpointCase.Get("api/app/payments", _ => "/api/app/payments?status=NeedsAttention", FinanceOnly),
        EndpointCase.SendAsync("GET", "api/app/payments/{id:guid}",
            async c => $"/api/app/payments/{await PayoutData.PaymentAsync(c.Factory, PaymentStatus.Pending)}", FinanceOnly, NoBody),
        EndpointCase.SendAsync("POST", "api/app/payments/{id:guid}/release",
            async c => $"/api/app/payments/{await PayoutData.PaymentAsync(c.Factory, PaymentStatus.Held)}/release", FinanceOnly, NoBody),
        EndpointCase.SendAsync("POST", "api/app/payments/{id:guid}/retry",
            async c => $"/api/app/payments/{await PayoutData.PaymentAsync(c.Factory, PaymentStatus.NeedsAttention)}/retry", FinanceOnly, NoBody),
        EndpointCase.Get("api/app/reconciliations", _ => "/api/app/reconciliations", FinanceOnly),
        EndpointCase.SendAsync("GET", "api/app/reconciliations/{id:guid}",
            async c => $"/api/app/reconciliations/{await PayoutData.ReconciliationAsync(c.Factory)}", FinanceOnly, NoBody),
        // A future date: finance passes authorization and gets the coded 400 (field "date") without a treasury call (the web tests
        // have no treasury listening; the application tests reconcile against the sandbox over HTTP).
        EndpointCase.Send("POST", "api/app/reconciliations", _ => "/api/app/reconciliations", "anon=401 fin=400 *=403",
            (_, _) => MatrixContext.Json(new { date = "2099-01-01" })),
        EndpointCase.SendAsync("POST", "api/app/clawbacks/{awardId:guid}/fraud-finding",
            async c => $"/api/app/clawbacks/{await PayoutData.PaidAwardAsync(c.Factory, found: false)}/fraud-finding", "anon=401 mun=200 *=403",
            (_, _) => Task.FromResult<HttpContent?>(MatrixContext.Json(new { reason = "虚开发票", documentNumber = "渝财监〔2025〕12号", amountDue = 50m }))),
        EndpointCase.SendAsync("POST", "api/app/clawbacks/{awardId:guid}/repayment",
            async c => $"/api/app/clawbacks/{await PayoutData.PaidAwardAsync(c.Factory, found: true)}/repayment", FinanceOnly, NoBody),
    ];
}
