using System.Diagnostics;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using RobotPlan.EntityFrameworkCore;

namespace RobotPlan.Benchmarks;

/// <summary>
/// issue #18: the database's size, and how much of it the OS page cache (SQLite) or the buffer cache (PostgreSQL) held,
/// printed beside each run so a figure says whether it was read from memory or from disk.
/// </summary>
internal static class StorageFacts
{
    /// <summary>
    /// Bytes of the whole database (SQLite: the file and its WAL, after a checkpoint — the fill's WAL is not part of the
    /// database; PostgreSQL: pg_database_size).
    /// </summary>
    public static async Task<long> SizeAsync(RobotPlanDbContext db, DatabaseProvider provider, string connectionString)
    {
        if (provider == DatabaseProvider.PostgreSql)
            return await db.Database.SqlQueryRaw<long>("SELECT pg_database_size(current_database()) AS \"Value\"").SingleAsync();
        await db.Database.ExecuteSqlRawAsync("PRAGMA wal_checkpoint(TRUNCATE)");
        var file = new SqliteConnectionStringBuilder(connectionString).DataSource;
        return new[] { file, file + "-wal" }.Where(File.Exists).Sum(f => new FileInfo(f).Length);
    }

    /// <summary>
    /// Bytes of the term index (P-8): the table and its indexes (PostgreSQL: pg_total_relation_size of the term-array
    /// table, its GIN index included; SQLite: dbstat,
    /// which the bundled e_sqlite3 lacks — null then; the sqlite3 shell's dbstat gives it).
    /// </summary>
    public static async Task<long?> SearchIndexSizeAsync(RobotPlanDbContext db, DatabaseProvider provider)
    {
        try
        {
            return await db.Database.SqlQueryRaw<long>(provider == DatabaseProvider.PostgreSql
                ? "SELECT pg_total_relation_size('\"ListingSearchDocuments\"') AS \"Value\""
                : "SELECT SUM(pgsize) AS \"Value\" FROM dbstat WHERE name LIKE '%ListingSearchTerms%'").SingleAsync();
        }
        catch (SqliteException e) when (e.Message.Contains("dbstat", StringComparison.Ordinal))
        {
            return null;
        }
    }

    /// <summary>SQLite: the share of the file resident in the page cache (util-linux fincore), or null where unknown.</summary>
    public static double? ResidentShare(DatabaseProvider provider, string connectionString)
    {
        if (provider != DatabaseProvider.Sqlite) return null;
        var file = new SqliteConnectionStringBuilder(connectionString).DataSource;
        try
        {
            using var fincore = Process.Start(new ProcessStartInfo("fincore", ["--bytes", "--noheadings", "--output", "RES,SIZE", file])
                { RedirectStandardOutput = true })!;
            var parts = fincore.StandardOutput.ReadToEnd().Split(' ', StringSplitOptions.RemoveEmptyEntries);
            fincore.WaitForExit();
            return double.Parse(parts[0], System.Globalization.CultureInfo.InvariantCulture) / double.Parse(parts[1], System.Globalization.CultureInfo.InvariantCulture);
        }
        catch (Exception e) when (e is System.ComponentModel.Win32Exception or FormatException or IndexOutOfRangeException)
        {
            return null;
        }
    }

    /// <summary>PostgreSQL: blocks found in shared buffers and blocks read (from the OS cache or disk) so far.</summary>
    public static async Task<(long Hit, long Read)?> BufferCountsAsync(RobotPlanDbContext db, DatabaseProvider provider)
    {
        if (provider != DatabaseProvider.PostgreSql) return null;
        var row = await db.Database.SqlQueryRaw<BufferRow>(
            "SELECT blks_hit AS \"Hit\", blks_read AS \"Read\" FROM pg_stat_database WHERE datname = current_database()").SingleAsync();
        return (row.Hit, row.Read);
    }

    private sealed record BufferRow(long Hit, long Read);
}
