using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using RobotPlan.AuditLogging;
using RobotPlan.EntityFrameworkCore.Tests.Auditing;
using RobotPlan.HistoryChains;

namespace RobotPlan.EntityFrameworkCore.Tests.AuditLogging;

/// <summary>
/// Issue #18 (P-7): audit logs waiting in a node are appended together (group commit). Each caller still returns only
/// once its own log is committed, the chain stays unbroken, and a log that cannot be written fails alone.
/// </summary>
public sealed class AuditLogGroupCommit_Tests(RobotPlanTestHost host) : IClassFixture<RobotPlanTestHost>
{
    [Fact]
    public async Task Should_Commit_Every_Log_In_One_Unbroken_Chain_When_More_Than_A_Batch_Append_At_Once()
    {
        var url = "/group-commit/" + Guid.NewGuid();
        List<Task> appends;
        await using (await HoldAuditTableAsync())
        {
            appends = Enumerable.Range(0, 450).Select(i => AppendAsync(Log(url + "/" + i))).ToList();
            await Task.Delay(TimeSpan.FromSeconds(1)); // every append is waiting behind the first writer now
        }

        await Task.WhenAll(appends).WaitAsync(TimeSpan.FromSeconds(60));

        (await host.InScopeAsync(db => db.AuditLogs.CountAsync(l => l.Url.StartsWith(url)))).ShouldBe(450);
        await AssertChainUnbrokenAsync();
    }

    [Fact]
    public async Task Should_Write_The_Others_When_One_Log_Waiting_With_Them_Cannot_Be_Written()
    {
        var url = "/group-commit-fault/" + Guid.NewGuid();
        var broken = Log(url + "/broken");
        broken.HttpMethod = null!; // NOT NULL in the table: the database refuses the row
        var good = Enumerable.Range(0, 40).Select(i => AppendAsync(Log(url + "/" + i))).ToList();

        var refused = AppendAsync(broken);
        await Task.WhenAll(good);

        await Should.ThrowAsync<DbUpdateException>(refused);
        (await host.InScopeAsync(db => db.AuditLogs.CountAsync(l => l.Url.StartsWith(url)))).ShouldBe(40);
        await AssertChainUnbrokenAsync();
    }

    private static AuditLog Log(string url) =>
        new() { ExecutionTime = DateTime.UtcNow, HttpMethod = "POST", Url = url, StatusCode = 200 };

    /// <summary>As the Web host's middleware appends: each request in its own scope.</summary>
    private async Task AppendAsync(AuditLog log)
    {
        await Task.Yield();
        await using var scope = host.Services.CreateAsyncScope();
        await scope.ServiceProvider.GetRequiredService<IAuditLogRepository>().AppendAsync(log);
    }

    /// <summary>Another process writing to the audit table: appends queue up behind it until it is disposed.</summary>
    private async Task<IAsyncDisposable> HoldAuditTableAsync()
    {
        var other = host.Services.GetRequiredService<RobotPlanDatabase>().CreateContext();
        var transaction = await other.Database.BeginTransactionAsync(); // SQLite: BEGIN IMMEDIATE, the file's one writer
        if (other.Database.IsNpgsql()) await other.Database.ExecuteSqlAsync($"LOCK TABLE \"AuditLogs\" IN EXCLUSIVE MODE");
        return new Held(other, transaction);
    }

    private sealed class Held(DbContext context, Microsoft.EntityFrameworkCore.Storage.IDbContextTransaction transaction) : IAsyncDisposable
    {
        public async ValueTask DisposeAsync()
        {
            await transaction.RollbackAsync();
            await context.DisposeAsync();
        }
    }

    private async Task AssertChainUnbrokenAsync()
    {
        await using var scope = host.Services.CreateAsyncScope();
        var chains = await scope.ServiceProvider.GetRequiredService<IHistoryChainVerifier>().VerifyAsync();
        chains.Single(c => c.Chain == "AuditLog").FirstBreak.ShouldBeNull();
    }
}
