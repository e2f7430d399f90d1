using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using RobotPlan.Data;
using RobotPlan.Enterprises;
using RobotPlan.Payouts;
using RobotPlan.SubsidyPrograms;
using RobotPlan.SubsidyAwards;
using RobotPlan.TreasurySandbox;

namespace RobotPlan.Application.Tests.Payouts;

/// <summary>Awards as the claims feature makes them (budget reserved), a batch through four-eyes, and the exactly-once check.</summary>
public sealed class PayoutScenario(RobotPlanTestHost host, SandboxServer sandbox)
{
    private static int _year = 2050;

    public Guid ProgramId { get; private set; }

    /// <summary>A programme, bank accounts for A and B, and <paramref name="count"/> approved awards alternating A/B.</summary>
    public async Task<List<Guid>> NewAwardsAsync(int count, decimal amount = 1_234.56m)
    {
        sandbox.State.Faults = new SandboxFaults();
        // Awards another test left unbatched go into a draft nobody approves, so this test's batch holds only its own.
        await host.WithScopeAsync(sp => sp.GetRequiredService<AssemblePayoutBatchJob>().RunAsync());
        await host.LoginAsAsync(RobotPlanTestData.FinanceOfficer);
        var year = Interlocked.Increment(ref _year);
        ProgramId = await host.WithScopeAsync(async sp => (await sp.GetRequiredService<ISubsidyProgramAppService>().CreateAsync(new CreateSubsidyProgramDto
        {
            Year = year, Kind = SubsidyKind.FirstPurchaseReward, Title = $"{year} 首购首用", Budget = 100_000_000m,
            OpensAt = new DateTime(year, 1, 1), ClosesAt = new DateTime(year, 12, 31),
        })).Id);
        await EnsureBankAccountsAsync();
        var now = host.Clock.GetUtcNow().UtcDateTime;
        return await host.WithScopeAsync(async sp =>
        {
            var db = sp.GetRequiredService<RobotPlan.EntityFrameworkCore.RobotPlanDbContext>();
            var ledger = sp.GetRequiredService<IBudgetLedger>();
            var ids = new List<Guid>();
            for (var i = 0; i < count; i++)
            {
                var payee = i % 2 == 0 ? host.Data.EnterpriseAId : host.Data.EnterpriseBId;
                var award = new Award(Guid.NewGuid(), ProgramId, SubsidyKind.FirstPurchaseReward, payee, amount, 1, now);
                (await ledger.TryReserveAsync(ProgramId, amount)).ShouldBeTrue();
                db.Awards.Add(award);
                ids.Add(award.Id);
            }
            await db.SaveChangesAsync();
            return ids;
        });
    }

    public Task EnsureBankAccountsAsync() => host.WithDbAsync(async db =>
    {
        foreach (var e in await db.Enterprises.Where(e => e.Id == host.Data.EnterpriseAId || e.Id == host.Data.EnterpriseBId).ToListAsync())
            if (e.BankAccount is null) e.SetBankAccount(new BankAccount(e.LegalName, "重庆银行", "6222" + e.Id.ToString("N")[..12]));
        await db.SaveChangesAsync();
        return true;
    });

    /// <summary>Assemble (finance), submit (finance), approve (finance2): the batch's payments exist afterwards.</summary>
    public async Task<Guid> ApprovedBatchAsync()
    {
        await host.LoginAsAsync(RobotPlanTestData.FinanceOfficer);
        var batch = await host.WithScopeAsync(sp => sp.GetRequiredService<IPayoutBatchAppService>().AssembleAsync());
        batch.ShouldNotBeNull();
        await host.WithScopeAsync(sp => sp.GetRequiredService<IPayoutBatchAppService>().SubmitAsync(batch.Id, new PayoutBatchActionDto()));
        await host.LoginAsAsync(DemoUsers.Finance2);
        await host.WithScopeAsync(sp => sp.GetRequiredService<IPayoutBatchAppService>().ApproveAsync(batch.Id, new PayoutBatchActionDto()));
        return batch.Id;
    }

    public Task<PayoutRunResult> ExecuteAsync(Guid batchId) =>
        host.WithScopeAsync(sp => sp.GetRequiredService<PayoutExecutor>().ExecuteBatchAsync(batchId));

    /// <summary>Runs the executor, moving the fake clock past each back-off, until nothing is left to retry.</summary>
    public async Task<PayoutRunResult> ExecuteUntilSettledAsync(Guid batchId, int maxRounds = 12)
    {
        PayoutRunResult result = null!;
        for (var round = 0; round < maxRounds; round++)
        {
            result = await ExecuteAsync(batchId);
            if (result.Done || result.NextRetryAtUtc is null) return result;
            var wait = result.NextRetryAtUtc.Value - host.Clock.GetUtcNow().UtcDateTime;
            host.Clock.Advance(wait > TimeSpan.Zero ? wait + TimeSpan.FromSeconds(1) : TimeSpan.FromSeconds(1));
        }
        return result;
    }

    public Task<List<Payment>> PaymentsAsync(Guid batchId) =>
        host.WithDbAsync(db => db.Payments.AsNoTracking().Where(p => p.BatchId == batchId).ToListAsync());

    /// <summary>
    /// The proof after each fault: every award of the batch Paid once, one payment each, one treasury record per
    /// key (settled, same amount and payee), ledger = treasury, the programme's paid = the sum, nothing reserved.
    /// </summary>
    public async Task AssertPaidExactlyOnceAsync(Guid batchId, IReadOnlyCollection<Guid> awardIds,
        [System.Runtime.CompilerServices.CallerMemberName] string test = "")
    {
        var payments = await PaymentsAsync(batchId);
        payments.Count.ShouldBe(awardIds.Count);
        payments.Select(p => p.AwardId).ShouldBe(awardIds, ignoreOrder: true);
        payments.Where(p => p.Status != PaymentStatus.Paid).Select(p => $"{p.Status}: {p.LastError}").ShouldBeEmpty();
        var awards = await host.WithDbAsync(db => db.Awards.AsNoTracking().Where(a => awardIds.Contains(a.Id)).ToListAsync());
        awards.ShouldAllBe(a => a.Status == AwardStatus.Paid);

        // Every treasury record for these awards, under any key: a second key for one award would be a double payment.
        var references = awardIds.Select(id => "RP-" + id.ToString("N")).ToHashSet();
        var treasury = sandbox.State.All().Where(r => references.Contains(r.Body.Reference)).ToList();
        treasury.Count.ShouldBe(payments.Count, "one treasury record per award: no second key was ever used");
        foreach (var p in payments)
        {
            var r = treasury.Single(t => t.IdempotencyKey == p.IdempotencyKey);
            r.State.ShouldBe("Settled");
            r.Body.Amount.ShouldBe(p.Amount);
            r.Body.PayeeName.ShouldBe(p.PayeeName);
            r.TreasuryReference.ShouldBe(p.GatewayReference);
            awards.Single(a => a.Id == p.AwardId).PaymentReference.ShouldBe(r.TreasuryReference);
        }
        // Budget: consumed = what was paid; still reserved = the programme's awards not paid yet (nothing lost, nothing twice).
        foreach (var programId in payments.Select(p => p.ProgramId).Distinct())
        {
            var program = await host.WithDbAsync(db => db.SubsidyPrograms.AsNoTracking().SingleAsync(x => x.Id == programId));
            var paid = await host.WithDbAsync(db => db.Payments.AsNoTracking().Where(p => p.ProgramId == programId && p.Status == PaymentStatus.Paid)
                .Select(p => p.Amount).ToListAsync());
            var unpaid = await host.WithDbAsync(db => db.Awards.AsNoTracking().Where(a => a.ProgramId == programId && a.Status == AwardStatus.Approved)
                .Select(a => a.Amount).ToListAsync());
            program.Paid.ShouldBe(paid.Sum());
            program.Reserved.ShouldBe(unpaid.Sum());
        }
        Drill.Report("R-A", $"{test}: {awardIds.Count} awards → {payments.Count(p => p.Status == PaymentStatus.Paid)} paid once each, "
            + $"{treasury.Count} treasury records (ledger = treasury), {sandbox.State.PostCount} POSTs / {sandbox.State.GetCount} GETs so far, "
            + $"paid {payments.Sum(p => p.Amount):N2} 元");
    }
}
