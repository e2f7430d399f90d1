using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;
using RobotPlan.EntityFrameworkCore;

namespace RobotPlan.EntityFrameworkCore.Tests.Migrations;

public sealed class Migrations_Tests
{
    // Both providers are checked in every lane: the model must not drift from either provider's migrations.
    [Theory]
    [InlineData(DatabaseProvider.Sqlite)]
    [InlineData(DatabaseProvider.PostgreSql)]
    public void Should_Have_No_Pending_Model_Changes_For_Provider(DatabaseProvider provider)
    {
        var connection = provider == DatabaseProvider.Sqlite ? "Data Source=:memory:" : "Host=localhost;Database=model-check";
        using var db = new RobotPlanDatabase(provider, connection).CreateContext();
        db.Database.HasPendingModelChanges().ShouldBeFalse(
            $"the model changed without a {provider} migration (dotnet ef migrations add ... --context {db.GetType().Name})");
    }

    [Fact]
    public async Task Should_Apply_Every_Migration_On_An_Empty_Database_Of_The_Lane()
    {
        await using var database = await TestDatabase.CreateAsync();
        await using var db = database.Database.CreateContext();

        await db.Database.MigrateAsync();

        (await db.Database.GetPendingMigrationsAsync()).ShouldBeEmpty();
        var applied = (await db.Database.GetAppliedMigrationsAsync()).ToList();
        applied.ShouldBe(db.GetService<IMigrationsAssembly>().Migrations.Keys.ToList());
        (await db.Enterprises.CountAsync()).ShouldBe(0);
    }
}
