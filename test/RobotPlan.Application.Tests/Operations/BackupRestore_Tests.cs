using System.Diagnostics;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;
using RobotPlan.CatalogListings;
using RobotPlan.EntityFrameworkCore;

namespace RobotPlan.Application.Tests.Operations;

/// <summary>
/// R-E: etc/scripts/backup.sh and restore.sh on the lane's database (SQLite VACUUM INTO; PostgreSQL pg_dump/pg_restore):
/// a restored backup has exactly the rows the database had when it was taken, in every table, and not the changes made after.
/// </summary>
public sealed class BackupRestore_Tests : RobotPlanTestHost, IAsyncLifetime
{
    private readonly string _folder = Path.Combine(Path.GetTempPath(), "robotplan-tests", "backup-" + Guid.NewGuid().ToString("N"));

    [Fact]
    public async Task Should_Restore_Every_Table_As_It_Was_When_The_Backup_Was_Taken()
    {
        await ListingTestPublisher.PublishAsync(Services, "LY-W6", CatalogKind.FirstUnit, Today);
        var database = Services.GetRequiredService<RobotPlanDatabase>();
        var before = await RowCountsAsync(database);
        // The search index (ADR 0006): term rows on SQLite, one term-array document per listing on PostgreSQL.
        before[Provider == DatabaseProvider.Sqlite ? "ListingSearchTerms" : "ListingSearchDocuments"].ShouldBeGreaterThan(0);
        Directory.CreateDirectory(_folder);
        var backup = Path.Combine(_folder, Provider == DatabaseProvider.Sqlite ? "robotplan.db" : "robotplan.dump");

        await RunAsync("backup.sh", Provider == DatabaseProvider.Sqlite ? "sqlite" : "postgresql", Source(database), backup);
        // Changed after the backup: the restored copy must not have it.
        await ListingTestPublisher.PublishAsync(Services, "RV-40E", CatalogKind.FirstUnit, Today);
        (await RowCountsAsync(database))["CatalogListings"].ShouldBe(before["CatalogListings"] + 1);

        var restored = await RestoreAsync(database, backup);
        try
        {
            var after = await RowCountsAsync(restored);
            Drill.Report("R-E", $"etc/scripts/backup.sh + restore.sh: {before.Count} tables, {before.Values.Sum()} rows backed up; "
                + $"restored copy has {after.Values.Sum()} rows, {after.Count(t => before.GetValueOrDefault(t.Key) == t.Value)} tables equal; "
                + $"the listing added after the backup is absent ({after["CatalogListings"]} listings, live database {before["CatalogListings"] + 1})");
            after.ShouldBe(before);
        }
        finally
        {
            await DropAsync(restored);
        }
    }

    /// <summary>Every table of the model, counted.</summary>
    private async Task<Dictionary<string, long>> RowCountsAsync(RobotPlanDatabase database)
    {
        await using var db = database.CreateContext();
        var tables = db.Model.GetEntityTypes().Select(t => t.GetTableName()).OfType<string>().Distinct().Order().ToList();
        var connection = db.Database.GetDbConnection();
        await connection.OpenAsync();
        var counts = new Dictionary<string, long>();
        foreach (var table in tables)
        {
            await using var command = connection.CreateCommand();
            command.CommandText = $"SELECT COUNT(*) FROM \"{table}\"";
            counts[table] = Convert.ToInt64(await command.ExecuteScalarAsync());
        }
        return counts;
    }

    private static string Source(RobotPlanDatabase database) => database.Provider == DatabaseProvider.Sqlite
        ? new SqliteConnectionStringBuilder(database.ConnectionString).DataSource
        : LibpqConnInfo(new NpgsqlConnectionStringBuilder(database.ConnectionString));

    /// <summary>The Npgsql connection string as libpq's conninfo (the password goes through PGPASSWORD).</summary>
    private static string LibpqConnInfo(NpgsqlConnectionStringBuilder b) => $"host={b.Host} port={b.Port} user={b.Username} dbname={b.Database}";

    private async Task<RobotPlanDatabase> RestoreAsync(RobotPlanDatabase database, string backup)
    {
        if (database.Provider == DatabaseProvider.Sqlite)
        {
            var target = Path.Combine(_folder, "restored", "robotplan.db");
            await RunAsync("restore.sh", "sqlite", backup, target);
            return new RobotPlanDatabase(DatabaseProvider.Sqlite, RobotPlanDatabase.SqliteConnectionString(target));
        }
        var server = new NpgsqlConnectionStringBuilder(database.ConnectionString);
        var name = server.Database + "_restored";
        await ExecuteOnServerAsync(server, $"CREATE DATABASE \"{name}\"");
        var restored = new NpgsqlConnectionStringBuilder(database.ConnectionString) { Database = name };
        await RunAsync("restore.sh", "postgresql", backup, LibpqConnInfo(restored));
        return new RobotPlanDatabase(DatabaseProvider.PostgreSql, restored.ToString());
    }

    private static async Task DropAsync(RobotPlanDatabase restored)
    {
        if (restored.Provider == DatabaseProvider.Sqlite)
        {
            SqliteConnection.ClearAllPools();
            return; // the folder goes with the test
        }
        NpgsqlConnection.ClearAllPools();
        var b = new NpgsqlConnectionStringBuilder(restored.ConnectionString);
        await ExecuteOnServerAsync(b, $"DROP DATABASE IF EXISTS \"{b.Database}\" WITH (FORCE)");
    }

    private static async Task ExecuteOnServerAsync(NpgsqlConnectionStringBuilder any, string sql)
    {
        await using var connection = new NpgsqlConnection(new NpgsqlConnectionStringBuilder(any.ConnectionString) { Database = "postgres" }.ToString());
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(sql, connection);
        await command.ExecuteNonQueryAsync();
    }

    private async Task RunAsync(string script, params string[] args)
    {
        var start = new ProcessStartInfo("bash") { RedirectStandardOutput = true, RedirectStandardError = true };
        start.ArgumentList.Add(Path.Combine(RepositoryRoot(), "etc", "scripts", script));
        foreach (var arg in args) start.ArgumentList.Add(arg);
        if (Provider == DatabaseProvider.PostgreSql
            && new NpgsqlConnectionStringBuilder(Services.GetRequiredService<RobotPlanDatabase>().ConnectionString).Password is { } password)
            start.Environment["PGPASSWORD"] = password;
        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var errors = process.StandardError.ReadToEndAsync();
        await process.WaitForExitAsync();
        process.ExitCode.ShouldBe(0, $"{script} {string.Join(' ', args)}\n{await output}\n{await errors}");
    }

    private static string RepositoryRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
            if (File.Exists(Path.Combine(dir.FullName, "RobotPlan.sln"))) return dir.FullName;
        throw new InvalidOperationException("RobotPlan.sln not found above " + AppContext.BaseDirectory);
    }

    // Re-implemented: xUnit calls the interface, and the base class's methods are not virtual.
    Task IAsyncLifetime.InitializeAsync() => InitializeAsync();

    async Task IAsyncLifetime.DisposeAsync()
    {
        await DisposeAsync();
        if (Directory.Exists(_folder)) Directory.Delete(_folder, recursive: true);
    }
}
