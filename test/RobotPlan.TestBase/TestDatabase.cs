using Microsoft.Data.Sqlite;
using Npgsql;
using RobotPlan.EntityFrameworkCore;

namespace RobotPlan;

/// <summary>
/// A fresh, empty database for one test class, on the lane's provider:
/// ROBOTPLAN_TEST_PROVIDER=PostgreSql with ROBOTPLAN_TEST_POSTGRES (server connection string) → a new PostgreSQL database;
/// otherwise a new SQLite file. Dropped/deleted on dispose.
/// </summary>
public sealed class TestDatabase : IAsyncDisposable
{
    public const string ProviderVariable = "ROBOTPLAN_TEST_PROVIDER";
    public const string PostgresVariable = "ROBOTPLAN_TEST_POSTGRES";

    private readonly string? _postgresServer;
    private readonly string? _databaseName;
    private readonly string? _sqlitePath;

    public RobotPlanDatabase Database { get; }

    public static DatabaseProvider LaneProvider =>
        string.Equals(Environment.GetEnvironmentVariable(ProviderVariable), "PostgreSql", StringComparison.OrdinalIgnoreCase)
            ? DatabaseProvider.PostgreSql
            : DatabaseProvider.Sqlite;

    private TestDatabase(RobotPlanDatabase database, string? postgresServer, string? databaseName, string? sqlitePath)
    {
        Database = database;
        _postgresServer = postgresServer;
        _databaseName = databaseName;
        _sqlitePath = sqlitePath;
    }

    public static async Task<TestDatabase> CreateAsync(DatabaseProvider? provider = null)
    {
        if ((provider ?? LaneProvider) == DatabaseProvider.PostgreSql)
        {
            var server = Environment.GetEnvironmentVariable(PostgresVariable)
                ?? throw new InvalidOperationException($"The PostgreSQL lane needs {PostgresVariable} (run etc/scripts/test.sh).");
            var name = "rp_test_" + Guid.NewGuid().ToString("N")[..16];
            await CreatePostgresDatabaseAsync(server, name);
            var connectionString = new NpgsqlConnectionStringBuilder(server) { Database = name }.ToString();
            return new TestDatabase(new RobotPlanDatabase(DatabaseProvider.PostgreSql, connectionString), server, name, null);
        }
        var path = Path.Combine(Path.GetTempPath(), "robotplan-tests", Guid.NewGuid().ToString("N") + ".db");
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        return new TestDatabase(new RobotPlanDatabase(DatabaseProvider.Sqlite, RobotPlanDatabase.SqliteConnectionString(path)), null, null, path);
    }

    /// <summary>
    /// Test classes start in parallel: CREATE DATABASE copies its template (template1 unless named) and fails with 55006
    /// (object in use) while another session is on it, so it is retried a few times.
    /// </summary>
    private static async Task CreatePostgresDatabaseAsync(string server, string name, string? template = null)
    {
        for (var attempt = 1; ; attempt++)
        {
            try
            {
                await using var connection = new NpgsqlConnection(server);
                await connection.OpenAsync();
                await using var create = new NpgsqlCommand(
                    template is null ? $"CREATE DATABASE \"{name}\"" : $"CREATE DATABASE \"{name}\" TEMPLATE \"{template}\"", connection);
                await create.ExecuteNonQueryAsync();
                return;
            }
            catch (PostgresException e) when (e.SqlState == PostgresErrorCodes.ObjectInUse && attempt < 20)
            {
                await Task.Delay(100 * attempt);
            }
        }
    }

    /// <summary>
    /// Readies this database to be copied (no connection may use it afterwards): SQLite moves its write-ahead log into
    /// the file, so a plain file copy is complete; PostgreSQL closes the pooled sessions a template may not have.
    /// </summary>
    public async Task CloseForCopyingAsync()
    {
        if (_postgresServer is not null)
        {
            NpgsqlConnection.ClearPool(new NpgsqlConnection(Database.ConnectionString));
            return;
        }
        await using (var connection = new SqliteConnection(Database.ConnectionString))
        {
            await connection.OpenAsync();
            await using var checkpoint = new SqliteCommand("PRAGMA wal_checkpoint(TRUNCATE);", connection);
            await checkpoint.ExecuteNonQueryAsync();
        }
        SqliteConnection.ClearPool(new SqliteConnection(Database.ConnectionString));
    }

    /// <summary>
    /// A new database with this one's schema and rows (after <see cref="CloseForCopyingAsync"/>; copies may be taken in
    /// parallel): SQLite copies the file; PostgreSQL creates the database from this one as its template. Much cheaper
    /// than migrating and seeding again.
    /// </summary>
    public async Task<TestDatabase> CopyAsync()
    {
        if (_postgresServer is not null)
        {
            var name = "rp_test_" + Guid.NewGuid().ToString("N")[..16];
            await CreatePostgresDatabaseAsync(_postgresServer, name, template: _databaseName);
            var connectionString = new NpgsqlConnectionStringBuilder(_postgresServer) { Database = name }.ToString();
            return new TestDatabase(new RobotPlanDatabase(DatabaseProvider.PostgreSql, connectionString), _postgresServer, name, null);
        }
        var path = Path.Combine(Path.GetDirectoryName(_sqlitePath)!, Guid.NewGuid().ToString("N") + ".db");
        await using (var source = File.OpenRead(_sqlitePath!))
        await using (var target = File.Create(path))
            await source.CopyToAsync(target);
        return new TestDatabase(new RobotPlanDatabase(DatabaseProvider.Sqlite, RobotPlanDatabase.SqliteConnectionString(path)), null, null, path);
    }

    public async ValueTask DisposeAsync()
    {
        if (_postgresServer is not null)
        {
            NpgsqlConnection.ClearAllPools();
            await using var connection = new NpgsqlConnection(_postgresServer);
            await connection.OpenAsync();
            await using var drop = new NpgsqlCommand($"DROP DATABASE IF EXISTS \"{_databaseName}\" WITH (FORCE)", connection);
            await drop.ExecuteNonQueryAsync();
        }
        if (_sqlitePath is not null)
        {
            SqliteConnection.ClearAllPools();
            foreach (var suffix in new[] { "", "-wal", "-shm" })
                File.Delete(_sqlitePath + suffix);
        }
    }
}
