using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using RobotPlan.Payouts;
using RobotPlan.TreasurySandbox;

namespace RobotPlan.Application.Tests.Payouts;

/// <summary>R-42's daily reconciliation: every difference recorded, none fixed, a re-run for the same day changes nothing.</summary>
public sealed class Reconciliation_Tests(PayoutHostWithClientRetries host) : IClassFixture<PayoutHostWithClientRetries>
{
    private readonly PayoutScenario _s = new(host, host.Sandbox);

    private Task<Reconciliation> ReconcileAsync(DateOnly date) =>
        host.WithScopeAsync(sp => sp.GetRequiredService<ReconcilePaymentsJob>().ReconcileAsync(date));

    [Fact]
    public async Task Should_Record_Every_Kind_Of_Difference_Fix_Nothing_And_Change_Nothing_When_Run_Again()
    {
        // A day of its own: payments settle on the sandbox's (fake) clock date.
        host.Clock.Advance(TimeSpan.FromDays(10));
        var day = host.Today;
        var awards = await _s.NewAwardsAsync(4);
        var batchId = await _s.ApprovedBatchAsync();
        await _s.ExecuteUntilSettledAsync(batchId);
        var payments = await _s.PaymentsAsync(batchId);
        payments.ShouldAllBe(p => p.ValueDate == day);

        var clean = await ReconcileAsync(day);
        clean.Differences.ShouldBeEmpty();
        clean.GatewayCount.ShouldBe(4);
        clean.LedgerTotal.ShouldBe(clean.GatewayTotal);

        // The treasury lists one payment we never made, changed an amount and a payee name; our ledger has a paid
        // payment the treasury does not list.
        host.Sandbox.State.Inject(new SandboxPayment("award:stranger:v1", "x", new PaymentInstruction("某公司", "某银行", "1", 99m, "RP-x"))
            { State = "Settled", ValueDate = day, SettledAtUtc = host.Clock.GetUtcNow().UtcDateTime, TreasuryReference = "TR-X" });
        host.Sandbox.State.Tamper(payments[0].IdempotencyKey, amount: payments[0].Amount + 0.01m, payeeName: null).ShouldBeTrue();
        host.Sandbox.State.Tamper(payments[1].IdempotencyKey, amount: null, payeeName: "别的公司").ShouldBeTrue();
        await host.WithDbAsync(db => db.Payments.Where(p => p.Id == payments[2].Id)
            .ExecuteUpdateAsync(s => s.SetProperty(p => p.IdempotencyKey, "award:ledger-only:v1")));

        var found = await ReconcileAsync(day);

        found.Differences.Select(d => (d.Kind, d.IdempotencyKey)).ShouldBe(new[]
        {
            (ReconciliationDifferenceKind.MissingInLedger, "award:stranger:v1"),
            (ReconciliationDifferenceKind.AmountMismatch, payments[0].IdempotencyKey),
            (ReconciliationDifferenceKind.PayeeMismatch, payments[1].IdempotencyKey),
            (ReconciliationDifferenceKind.MissingInLedger, payments[2].IdempotencyKey),
            (ReconciliationDifferenceKind.MissingAtGateway, "award:ledger-only:v1"),
        }, ignoreOrder: true);
        found.Differences.Single(d => d.Kind == ReconciliationDifferenceKind.AmountMismatch).GatewayAmount.ShouldBe(payments[0].Amount + 0.01m);
        // Nothing was fixed: the ledger still says what it said.
        (await _s.PaymentsAsync(batchId)).Single(p => p.Id == payments[0].Id).Amount.ShouldBe(payments[0].Amount);

        var stamp = found.ConcurrencyStamp;
        var again = await ReconcileAsync(day);
        again.Differences.Count.ShouldBe(5);
        again.ConcurrencyStamp.ShouldBe(stamp, "a re-run for the same day changes nothing");
        (await host.WithDbAsync(db => db.Reconciliations.CountAsync(r => r.Date == day))).ShouldBe(1);
        awards.Count.ShouldBe(4);
    }

    [Fact]
    public async Task Should_Refuse_A_Future_Date_Through_The_Service()
    {
        await host.LoginAsAsync(RobotPlanTestData.FinanceOfficer);
        var ex = await Should.ThrowAsync<RobotPlan.SeedWork.BusinessException>(() => host.WithScopeAsync(sp =>
            sp.GetRequiredService<IReconciliationAppService>().RunAsync(new RunReconciliationDto { Date = host.Today.AddDays(1) })));
        ex.Code.ShouldBe(RobotPlan.Errors.RobotPlanErrorCodes.ReconciliationDateInvalid);
    }
}
