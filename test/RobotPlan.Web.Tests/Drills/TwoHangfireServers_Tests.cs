using System.Net;
using System.Net.Http.Json;
using Hangfire;
using Hangfire.AspNetCore;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using RobotPlan.Data;
using RobotPlan.EntityFrameworkCore;
using RobotPlan.Enterprises;
using RobotPlan.Payouts;
using RobotPlan.SubsidyPrograms;
using RobotPlan.SubsidyAwards;
using RobotPlan.TreasurySandbox;
using Xunit.Abstractions;

namespace RobotPlan.Web.Tests.Drills;

/// <summary>
/// Quality R-A, "the same batch job run twice at once (two Hangfire servers)", with Hangfire itself: a batch approved
/// over HTTP queues its execution job; a duplicate trigger queues it again; two Hangfire servers (one worker each, so
/// each takes one copy) on the host's job storage run both copies side by side against a slow sandbox treasury.
/// Afterwards every award is paid once: one treasury record per award, ledger = treasury.
/// </summary>
public sealed class TwoHangfireServers_Tests(ClockedWebFactory factory, ITestOutputHelper output) : IClassFixture<ClockedWebFactory>
{
    [Fact]
    public async Task Should_Pay_Each_Award_Once_When_Two_Hangfire_Servers_Run_The_Same_Batch_Job_At_Once()
    {
        var awards = await NewAwardsAsync(Drill.Size(16));
        var finance = await factory.ClientForAsync(RobotPlanTestData.FinanceOfficer);
        var assembled = await finance.PostAsync("/api/app/payout-batches/assemble", null);
        assembled.StatusCode.ShouldBe(HttpStatusCode.OK);
        var batchId = (await assembled.Content.ReadFromJsonAsync<IdOnly>())!.Id;
        (await finance.PostAsJsonAsync($"/api/app/payout-batches/{batchId}/submit", new { })).EnsureSuccessStatusCode();
        var finance2 = await factory.ClientForAsync(DemoUsers.Finance2);
        // Approval queues the execution job (HangfirePayoutJobScheduler); a duplicate trigger queues the same job again.
        (await finance2.PostAsJsonAsync($"/api/app/payout-batches/{batchId}/approve", new { })).EnsureSuccessStatusCode();
        var storage = factory.Services.GetRequiredService<JobStorage>();
        new BackgroundJobClient(storage).Enqueue<ExecutePayoutBatchJob>(j => j.RunAsync(batchId, CancellationToken.None));
        var monitor = storage.GetMonitoringApi();
        monitor.EnqueuedCount("default").ShouldBe(2);
        factory.Sandbox.State.Faults = new SandboxFaults { LatencyMs = 100 };

        var activator = new AspNetCoreJobActivator(factory.Services.GetRequiredService<IServiceScopeFactory>());
        BackgroundJobServer Server(string name) => new(new BackgroundJobServerOptions
        {
            ServerName = name, WorkerCount = 1, Activator = activator, SchedulePollingInterval = TimeSpan.FromSeconds(1),
        }, storage);
        using (Server("drill-node-1"))
        using (Server("drill-node-2"))
        {
            var deadline = DateTime.UtcNow.AddMinutes(2);
            while (ExecutionsSucceeded().Count + monitor.FailedCount() < 2 && DateTime.UtcNow < deadline) await Task.Delay(200);
        }

        monitor.FailedCount().ShouldBe(0);
        // The servers also fire recurring jobs that fall due meanwhile, and a copy that found a payment claimed by the
        // other may schedule itself once more: only the batch's execution jobs are counted, at least the two copies.
        var servers = ExecutionsSucceeded().Select(id => monitor.JobDetails(id).History
            .First(h => h.StateName == "Processing").Data["ServerId"]).ToList();
        servers.Count.ShouldBeGreaterThanOrEqualTo(2);
        servers.Distinct().Count().ShouldBe(2, "the copies of the job ran on both servers: " + string.Join(", ", servers));

        var payments = await factory.WithDbAsync(db => db.Payments.AsNoTracking().Where(p => p.BatchId == batchId).ToListAsync());
        var mine = payments.Where(p => awards.Contains(p.AwardId)).ToList();
        mine.Count.ShouldBe(awards.Count);
        payments.Where(p => p.Status != PaymentStatus.Held).ShouldAllBe(p => p.Status == PaymentStatus.Paid);
        var paid = payments.Where(p => p.Status == PaymentStatus.Paid).ToList();
        var references = paid.Select(p => "RP-" + p.AwardId.ToString("N")).ToHashSet();
        var treasury = factory.Sandbox.State.All().Where(r => references.Contains(r.Body.Reference)).ToList();
        treasury.Count.ShouldBe(paid.Count, "one treasury record per paid award: nothing paid twice");
        foreach (var p in paid)
            treasury.Single(r => r.IdempotencyKey == p.IdempotencyKey).Body.Amount.ShouldBe(p.Amount);
        var attempts = await factory.WithDbAsync(db => db.PaymentAttempts.AsNoTracking()
            .Where(a => db.Payments.Any(p => p.Id == a.PaymentId && p.BatchId == batchId)).ToListAsync());
        attempts.Where(a => a.Operation == "POST").GroupBy(a => a.PaymentId).ShouldAllBe(g => g.Count() == 1, "each payment sent once");

        List<string> ExecutionsSucceeded() => monitor.SucceededJobs(0, 100)
            .Where(j => j.Value.Job?.Type == typeof(ExecutePayoutBatchJob)).Select(j => j.Key).ToList();
        var line = $"2 Hangfire servers ({string.Join(", ", servers)}) ran the same batch job at once: {payments.Count} payments, "
            + $"{paid.Count} paid, {treasury.Count} treasury records, {attempts.Count(a => a.Operation == "POST")} POSTs, "
            + $"executors seen: {attempts.Select(a => a.Executor).Distinct().Count()}";
        output.WriteLine(line);
        Drill.Report("R-A", line);
    }

    /// <summary><paramref name="count"/> approved awards for A and B with their budget reserved, as the claims feature makes them.</summary>
    private async Task<List<Guid>> NewAwardsAsync(int count)
    {
        await using var scope = factory.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<RobotPlanDbContext>();
        var ledger = scope.ServiceProvider.GetRequiredService<IBudgetLedger>();
        foreach (var e in await db.Enterprises.Where(e => e.Id == factory.Data.EnterpriseAId || e.Id == factory.Data.EnterpriseBId).ToListAsync())
            if (e.BankAccount is null) e.SetBankAccount(new BankAccount(e.LegalName, "重庆银行", "6222" + e.Id.ToString("N")[..12]));
        await db.SaveChangesAsync();
        var programId = await db.SubsidyPrograms.OrderByDescending(p => p.Budget).Select(p => p.Id).FirstAsync();
        var now = factory.Clock.GetUtcNow().UtcDateTime;
        var ids = new List<Guid>();
        for (var i = 0; i < count; i++)
        {
            (await ledger.TryReserveAsync(programId, 100m)).ShouldBeTrue("the demo programme has room for the drill's awards");
            var award = new Award(Guid.NewGuid(), programId, SubsidyKind.FirstPurchaseReward,
                i % 2 == 0 ? factory.Data.EnterpriseAId : factory.Data.EnterpriseBId, 100m, 1, now);
            db.Awards.Add(award);
            ids.Add(award.Id);
        }
        await db.SaveChangesAsync();
        return ids;
    }

    private sealed record IdOnly(Guid Id);
}
