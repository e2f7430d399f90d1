using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore.Migrations;

namespace RobotPlan.EntityFrameworkCore;

/// <summary>Which database RobotPlan runs on, and how a DbContext is pointed at it.</summary>
public sealed record RobotPlanDatabase(DatabaseProvider Provider, string ConnectionString)
{
    public static string SqliteConnectionString(string path) => new SqliteConnectionStringBuilder
    {
        DataSource = path,
        Cache = SqliteCacheMode.Private,
        // Writers queue instead of failing at once (Microsoft.Data.Sqlite retries busy until this timeout).
        DefaultTimeout = 30,
    }.ToString();

    public void Configure(DbContextOptionsBuilder options)
    {
        if (Provider == DatabaseProvider.PostgreSql)
            options.UseNpgsql(ConnectionString, o => o.MigrationsHistoryTable("__EFMigrationsHistory"));
        else
            options.UseSqlite(ConnectionString).ReplaceService<IMigrationsSqlGenerator, SqliteWithoutRowIdMigrationsSqlGenerator>();
    }

    /// <summary>Creates a context of the provider's own type (with its migrations) outside DI, e.g. for the design-time factory.</summary>
    /// <param name="interceptors">For tools that write rows the model's interceptors must complete (e.g. history chain hashes).</param>
    public RobotPlanDbContext CreateContext(params Microsoft.EntityFrameworkCore.Diagnostics.IInterceptor[] interceptors)
    {
        if (Provider == DatabaseProvider.PostgreSql)
        {
            var b = new DbContextOptionsBuilder<PostgreSqlRobotPlanDbContext>();
            Configure(b);
            b.AddInterceptors(interceptors);
            return new PostgreSqlRobotPlanDbContext(b.Options);
        }
        var s = new DbContextOptionsBuilder<SqliteRobotPlanDbContext>();
        Configure(s);
        s.AddInterceptors(interceptors);
        return new SqliteRobotPlanDbContext(s.Options);
    }
}
