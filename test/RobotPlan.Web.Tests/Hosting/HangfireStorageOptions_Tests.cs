using Microsoft.Extensions.Configuration;
using RobotPlan.Web.Hosting;

namespace RobotPlan.Web.Tests.Hosting;

/// <summary>
/// The shared PostgreSQL queue of several nodes: a job held by a node that died must come back to the queue within
/// minutes, not after Hangfire.PostgreSql's default 30 minutes, while a live node's long job (a payout batch) is never
/// handed to another node — the sliding timeout's heartbeat keeps it invisible (etc/scripts/multinode.sh drills it).
/// </summary>
public sealed class HangfireStorageOptions_Tests
{
    private static IConfiguration Config(params (string Key, string Value)[] values) =>
        new ConfigurationBuilder().AddInMemoryCollection(values.Select(v => new KeyValuePair<string, string?>(v.Key, v.Value))).Build();

    [Fact]
    public void A_Dead_Nodes_Job_Returns_To_The_Queue_After_Two_Minutes_By_Default()
    {
        var options = HangfireSetup.PostgreSqlStorageOptions(Config());
        options.InvisibilityTimeout.ShouldBe(TimeSpan.FromMinutes(2));
        // Without the sliding heartbeat a batch running longer than the timeout would be started a second time on another node.
        options.UseSlidingInvisibilityTimeout.ShouldBeTrue();
        options.SchemaName.ShouldBe("hangfire");
        options.PrepareSchemaIfNecessary.ShouldBeTrue(); // the single node that migrates itself
    }

    [Fact]
    public void Nodes_That_Do_Not_Migrate_Leave_The_Schema_To_The_DbMigrator()
    {
        // Two nodes starting together on a fresh database both ran CREATE SCHEMA hangfire; one failed (multinode.sh).
        HangfireSetup.PostgreSqlStorageOptions(Config(("RobotPlan:MigrateOnStart", "false"))).PrepareSchemaIfNecessary.ShouldBeFalse();
    }

    [Fact]
    public void The_Invisibility_Timeout_Is_Configurable()
    {
        var options = HangfireSetup.PostgreSqlStorageOptions(Config(("Hangfire:InvisibilityTimeout", "00:00:30")));
        options.InvisibilityTimeout.ShouldBe(TimeSpan.FromSeconds(30));
        options.UseSlidingInvisibilityTimeout.ShouldBeTrue();
    }
}
