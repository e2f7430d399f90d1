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
    /// Test classes start in parallel: CREATE DATABASE copies template1 and fails with 55006 (object in use) while another
    /// CREATE holds it, so it is retried a few times.
    /// </summary>
    private static async Task CreatePostgresDatabaseAsync(string server, string name)
    {
        for (var attempt = 1; ; attempt++)
        {
            try
            {
                await using var connection = new NpgsqlConnection(server);
                await connection.OpenAsync();
                await using var create = new NpgsqlCommand($"CREATE DATABASE \"{name}\"", connection);
                await create.ExecuteNonQueryAsync();
                return;
            }
            catch (PostgresException e) when (e.SqlState == PostgresErrorCodes.ObjectInUse && attempt < 10)
            {
                await Task.Delay(100 * attempt);
            }
        }
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
