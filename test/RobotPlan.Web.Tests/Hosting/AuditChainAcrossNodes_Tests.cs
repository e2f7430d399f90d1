using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using RobotPlan.EntityFrameworkCore;
using RobotPlan.HistoryChains;
using RobotPlan.Web.Tests.Infrastructure;

namespace RobotPlan.Web.Tests.Hosting;

/// <summary>
/// The audit log is one hash chain, appended by every node. Issue #18's two-node rush lost audit rows: concurrent
/// appends collided on the chain's sequence and gave up after twenty retries. Appends now queue (per node, and across
/// nodes through the database), so a burst on two nodes at once logs every request in one unbroken chain.
/// </summary>
public sealed class AuditChainAcrossNodes_Tests(RobotPlanWebFactory nodeA) : IClassFixture<RobotPlanWebFactory>
{
    private const int RequestsPerNode = 150;

    [Fact]
    public async Task Should_Log_Every_Request_In_One_Unbroken_Chain_When_Two_Nodes_Write_At_Once()
    {
        await using var nodeB = new SecondNode(nodeA.Services.GetRequiredService<RobotPlanDatabase>());
        using var a = nodeA.CreateClient();
        using var b = nodeB.CreateClient();
        var path = "/api/app/catalog-applications/" + Guid.NewGuid(); // an anonymous DELETE: refused, and audited

        var burst = Enumerable.Range(0, RequestsPerNode).SelectMany(_ => new[] { a, b })
            .Select(async client => (await client.DeleteAsync(path)).Dispose());
        await Task.WhenAll(burst);

        (await nodeA.WithDbAsync(db => db.AuditLogs.CountAsync(l => l.Url == path))).ShouldBe(2 * RequestsPerNode);
        await using var scope = nodeA.Services.CreateAsyncScope();
        var chains = await scope.ServiceProvider.GetRequiredService<IHistoryChainVerifier>().VerifyAsync();
        chains.Single(c => c.Chain == "AuditLog").FirstBreak.ShouldBeNull();
    }
}
