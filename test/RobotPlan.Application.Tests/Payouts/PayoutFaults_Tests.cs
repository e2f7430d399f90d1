using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using RobotPlan.Payouts;
using RobotPlan.TreasurySandbox;

namespace RobotPlan.Application.Tests.Payouts;

/// <summary>
/// quality R-A: each fault injected at the sandbox treasury over real loopback HTTP; afterwards every
/// award is paid exactly once, the treasury's records equal the ledger, the budget consumed equals what was paid.
/// The HTTP client here does not retry by itself, so every fault reaches the executor's own rules.
/// </summary>
public sealed class PayoutFaults_Tests(PayoutHostWithoutClientRetries host) : IClassFixture<PayoutHostWithoutClientRetries>
{
    private readonly PayoutScenario _s = new(host, host.Sandbox);

    [Fact]
    public async Task Should_Pay_Each_Award_Once_When_Three_Executors_Run_The_Same_Batch_At_Once()
    {
        var awards = await _s.NewAwardsAsync(Drill.Size(24));
        var batchId = await _s.ApprovedBatchAsync();
        // Slow enough that no executor can finish the batch before the other two have started, even on a loaded CI core.
        host.Sandbox.State.Faults = new SandboxFaults { LatencyMs = 150 };

        // Three "Hangfire servers", each with its own scope and executor, started together.
        await Task.WhenAll(Enumerable.Range(0, 2 + Drill.Scale).Select(_ => Task.Run(() => _s.ExecuteAsync(batchId))));
        // A loaded machine may time a call out: that one is Unknown and resolved by key on the next run.
        await _s.ExecuteUntilSettledAsync(batchId);

        await _s.AssertPaidExactlyOnceAsync(batchId, awards);
        var attempts = await host.WithDbAsync(db => db.PaymentAttempts.AsNoTracking()
            .Where(a => db.Payments.Any(p => p.Id == a.PaymentId && p.BatchId == batchId)).ToListAsync());
        // One claim may hold two calls (a GET that finds nothing, then the POST) under one number, never two executors.
        attempts.GroupBy(a => (a.PaymentId, a.Number)).ShouldAllBe(g => g.Select(a => a.Executor).Distinct().Count() == 1,
            "each claim was held by exactly one executor");
        attempts.Select(a => a.Executor).Distinct().Count().ShouldBeGreaterThan(1, "the executors really ran side by side");
        (await _s.ExecuteAsync(batchId)).Handled.ShouldBe(0, "a further run finds nothing to do");
    }

    [Fact]
    public async Task Should_Ask_By_Key_And_Record_Once_After_A_Crash_Between_The_Call_And_The_Commit()
    {
        var awards = await _s.NewAwardsAsync(6);
        var batchId = await _s.ApprovedBatchAsync();
        host.Crashes.CrashAfterNextCalls(1);

        // The process "dies" after the treasury settled one payment and before anything was committed; payments
        // in flight beside it die with it (their calls are cancelled), all left Sending under their lease.
        await Should.ThrowAsync<SimulatedCrash>(() => _s.ExecuteAsync(batchId));
        var crashedKey = host.Crashes.Crashed.Single();
        var crashedId = (await _s.PaymentsAsync(batchId)).Single(p => p.IdempotencyKey == crashedKey).Id;
        host.Sandbox.State.Find(Payment.KeyFor(awards.Single(a => Payment.KeyFor(a) == crashedKey)))
            .ShouldNotBeNull().State.ShouldBe("Settled");
        var sending = (await _s.PaymentsAsync(batchId)).Count(p => p.Status == PaymentStatus.Sending);
        sending.ShouldBeGreaterThanOrEqualTo(1);

        // A restart before the lease ends leaves claimed payments alone (they might still be in flight)...
        await _s.ExecuteAsync(batchId);
        (await _s.PaymentsAsync(batchId)).Count(p => p.Status == PaymentStatus.Sending).ShouldBe(sending);
        // ...after it, the next run asks the treasury by key and records the settlement without resending.
        host.Clock.Advance(TimeSpan.FromMinutes(3));
        await _s.ExecuteUntilSettledAsync(batchId);

        await _s.AssertPaidExactlyOnceAsync(batchId, awards);
        var attempts = await host.WithDbAsync(db => db.PaymentAttempts.AsNoTracking().Where(a => a.PaymentId == crashedId).ToListAsync());
        attempts.Select(a => $"{a.Operation} {a.Outcome}").ShouldBe(["GET Settled"], "resolved by asking, never sent a second time");
    }

    [Fact]
    public async Task Should_Treat_A_Timeout_As_Unknown_And_Pay_Once_When_The_Treasury_Settled_Anyway()
    {
        var awards = await _s.NewAwardsAsync(6);
        var batchId = await _s.ApprovedBatchAsync();
        // Two POSTs hang past the client's 1 s attempt timeout; the treasury settles them after 1.3 s anyway.
        host.Sandbox.State.Faults = new SandboxFaults { NextTimeouts = 2, HangMs = 1300 };

        await _s.ExecuteAsync(batchId);
        var unknown = (await _s.PaymentsAsync(batchId)).Where(p => p.Status == PaymentStatus.Unknown).ToList();
        // At least the two hung ones; a loaded machine may time out another, which is the same rule again.
        unknown.Count.ShouldBeGreaterThanOrEqualTo(2);
        await Task.Delay(1400); // the hung requests finish settling at the treasury
        await _s.ExecuteUntilSettledAsync(batchId);

        await _s.AssertPaidExactlyOnceAsync(batchId, awards);
    }

    [Fact]
    public async Task Should_Retry_500s_With_Back_Off_And_Pay_Each_Once()
    {
        var awards = await _s.NewAwardsAsync(Drill.Size(10));
        var batchId = await _s.ApprovedBatchAsync();
        host.Sandbox.State.Faults = new SandboxFaults { NextErrors = 3, ErrorRate = 0.2, ErrorStatus = 500, Seed = 7 };

        var first = await _s.ExecuteAsync(batchId);
        first.Counts.GetValueOrDefault(PaymentStatus.Failed).ShouldBeGreaterThan(0);
        first.NextRetryAtUtc.ShouldNotBeNull().ShouldBeGreaterThan(host.Clock.GetUtcNow().UtcDateTime, "a failure waits for its back-off");
        (await _s.ExecuteAsync(batchId)).Handled.ShouldBe(0, "nothing is retried before its back-off ends");
        host.Sandbox.State.Faults = new SandboxFaults { ErrorRate = 0.2, ErrorStatus = 503, Seed = 8 };
        await _s.ExecuteUntilSettledAsync(batchId);

        await _s.AssertPaidExactlyOnceAsync(batchId, awards);
    }

    [Fact]
    public async Task Should_Pay_Once_When_Answers_Are_Slow_But_Within_The_Timeout()
    {
        var awards = await _s.NewAwardsAsync(8);
        var batchId = await _s.ApprovedBatchAsync();
        host.Sandbox.State.Faults = new SandboxFaults { LatencyMs = 400 };

        await _s.ExecuteAsync(batchId);
        // On a loaded machine a 400 ms answer can still cross the 1 s attempt timeout: that payment is Unknown and is
        // resolved by asking, so the rule proven is the same — a slow answer is never sent twice.
        await _s.ExecuteUntilSettledAsync(batchId);

        await _s.AssertPaidExactlyOnceAsync(batchId, awards);
        var attempts = await host.WithDbAsync(db => db.PaymentAttempts.AsNoTracking()
            .Where(a => db.Payments.Any(p => p.Id == a.PaymentId && p.BatchId == batchId)).ToListAsync());
        attempts.Where(a => a.Operation == "POST").GroupBy(a => a.PaymentId).ShouldAllBe(g => g.Count() == 1, "each payment was sent once");
    }

    [Fact]
    public async Task Should_Recover_A_Lost_Answer_By_Asking_The_Treasury_By_Key()
    {
        var awards = await _s.NewAwardsAsync(6);
        var batchId = await _s.ApprovedBatchAsync();
        host.Sandbox.State.Faults = new SandboxFaults { NextLostAnswers = 3 };

        await _s.ExecuteAsync(batchId);
        (await _s.PaymentsAsync(batchId)).Count(p => p.Status == PaymentStatus.Unknown).ShouldBe(3);
        var posts = host.Sandbox.State.PostCount;
        await _s.ExecuteUntilSettledAsync(batchId);

        await _s.AssertPaidExactlyOnceAsync(batchId, awards);
        host.Sandbox.State.PostCount.ShouldBe(posts, "settled-but-lost payments were found by GET, not sent again");
    }

    [Fact]
    public async Task Should_Back_Off_On_429_And_Pay_Each_Once()
    {
        var awards = await _s.NewAwardsAsync(6);
        var batchId = await _s.ApprovedBatchAsync();
        host.Sandbox.State.Faults = new SandboxFaults { NextRateLimited = 4 };

        await _s.ExecuteUntilSettledAsync(batchId);

        await _s.AssertPaidExactlyOnceAsync(batchId, awards);
        var attempts = await host.WithDbAsync(db => db.PaymentAttempts.AsNoTracking().Where(a => a.HttpStatus == 429).CountAsync());
        attempts.ShouldBeGreaterThanOrEqualTo(1);
    }

    [Fact]
    public async Task Should_Mark_Needs_Attention_After_The_Attempt_Limit_And_Pay_Once_When_A_Person_Retries()
    {
        var awards = await _s.NewAwardsAsync(2);
        var batchId = await _s.ApprovedBatchAsync();
        host.Sandbox.State.Faults = new SandboxFaults { ErrorRate = 1.0, ErrorStatus = 503 };

        await _s.ExecuteUntilSettledAsync(batchId);
        var stuck = await _s.PaymentsAsync(batchId);
        stuck.ShouldAllBe(p => p.Status == PaymentStatus.NeedsAttention && p.AttemptCount == 4);
        var program = await host.WithDbAsync(db => db.SubsidyPrograms.AsNoTracking().SingleAsync(x => x.Id == _s.ProgramId));
        program.Paid.ShouldBe(0m);
        program.Reserved.ShouldBe(2 * 1_234.56m, "nothing consumed while nothing was paid");

        host.Sandbox.State.Faults = new SandboxFaults();
        await host.LoginAsAsync(RobotPlanTestData.FinanceOfficer);
        foreach (var p in stuck) await host.WithScopeAsync(sp => sp.GetRequiredService<IPaymentAppService>().RetryAsync(p.Id));
        await _s.ExecuteUntilSettledAsync(batchId);

        await _s.AssertPaidExactlyOnceAsync(batchId, awards);
    }

    [Fact]
    public async Task Should_Mark_A_Refused_Payment_For_A_Person_Without_Retrying()
    {
        await _s.NewAwardsAsync(0);
        await _s.EnsureBankAccountsAsync();
        // A closed account: the treasury refuses it for good (422), retrying cannot help.
        await SetBankAccountOfAAsync("0000123");
        try
        {
            await _s.NewAwardsAsync(1);
            var batchId = await _s.ApprovedBatchAsync();

            await _s.ExecuteUntilSettledAsync(batchId);

            var payment = (await _s.PaymentsAsync(batchId)).Single();
            payment.Status.ShouldBe(PaymentStatus.NeedsAttention);
            var calls = await host.WithDbAsync(db => db.PaymentAttempts.AsNoTracking().Where(a => a.PaymentId == payment.Id).ToListAsync());
            var said = string.Join(", ", calls.OrderBy(a => a.Number).Select(a => $"#{a.Number} {a.Operation} {a.HttpStatus} {a.Outcome}"));
            // A loaded machine may time the first send out; then the next attempt asks by key and learns of the refusal
            // (GET 200 "Rejected"). Either way the refusal is recorded once and no attempt follows it.
            var refusal = calls.Where(a => a.Outcome == nameof(GatewayOutcome.Rejected)).ShouldHaveSingleItem(said);
            calls.Max(a => a.Number).ShouldBe(refusal.Number, "nothing is tried after the refusal: " + said);
        }
        finally
        {
            // The other tests of this class pay enterprise A: never leave its account closed, even when this one fails.
            await SetBankAccountOfAAsync("6222000011112222");
        }
    }

    private Task SetBankAccountOfAAsync(string accountNumber) => host.WithDbAsync(async db =>
    {
        var a = await db.Enterprises.SingleAsync(e => e.Id == host.Data.EnterpriseAId);
        a.SetBankAccount(new RobotPlan.Enterprises.BankAccount(a.LegalName, "重庆银行", accountNumber));
        await db.SaveChangesAsync();
        return true;
    });
}

/// <summary>The same faults with the HTTP client's own retries on (the production shape): still exactly once.</summary>
public sealed class PayoutFaultsWithClientRetries_Tests(PayoutHostWithClientRetries host) : IClassFixture<PayoutHostWithClientRetries>
{
    private readonly PayoutScenario _s = new(host, host.Sandbox);

    [Fact]
    public async Task Should_Pay_Once_When_The_Client_Retries_A_Lost_Answer_With_The_Same_Key()
    {
        var awards = await _s.NewAwardsAsync(6);
        var batchId = await _s.ApprovedBatchAsync();
        host.Sandbox.State.Faults = new SandboxFaults { NextLostAnswers = 3, NextErrors = 2 };

        await _s.ExecuteUntilSettledAsync(batchId);

        await _s.AssertPaidExactlyOnceAsync(batchId, awards);
    }

    [Fact]
    public async Task Should_Pay_Once_Under_Mixed_Faults_And_Two_Concurrent_Executors()
    {
        var awards = await _s.NewAwardsAsync(Drill.Size(20));
        var batchId = await _s.ApprovedBatchAsync();
        host.Sandbox.State.Faults = new SandboxFaults
        {
            LatencyMs = 10, ErrorRate = 0.15, ErrorStatus = 503, LoseAnswerRate = 0.15, TimeoutRate = 0.05, HangMs = 1200, Seed = 11,
        };

        await Task.WhenAll(Task.Run(() => _s.ExecuteAsync(batchId)), Task.Run(() => _s.ExecuteAsync(batchId)));
        await Task.Delay(1300);
        host.Sandbox.State.Faults = new SandboxFaults();
        await _s.ExecuteUntilSettledAsync(batchId);

        await _s.AssertPaidExactlyOnceAsync(batchId, awards);
    }
}
