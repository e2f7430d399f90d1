using Microsoft.EntityFrameworkCore.Design;

namespace RobotPlan.EntityFrameworkCore;

// Used by `dotnet ef migrations add` only: each provider context gets its own migrations folder.
internal sealed class SqliteDesignTimeFactory : IDesignTimeDbContextFactory<SqliteRobotPlanDbContext>
{
    public SqliteRobotPlanDbContext CreateDbContext(string[] args) =>
        (SqliteRobotPlanDbContext)new RobotPlanDatabase(DatabaseProvider.Sqlite, "Data Source=design.db").CreateContext();
}

internal sealed class PostgreSqlDesignTimeFactory : IDesignTimeDbContextFactory<PostgreSqlRobotPlanDbContext>
{
    public PostgreSqlRobotPlanDbContext CreateDbContext(string[] args) =>
        (PostgreSqlRobotPlanDbContext)new RobotPlanDatabase(DatabaseProvider.PostgreSql, "Host=localhost;Database=design").CreateContext();
}
