using System.Data.Common;
using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Storage;
using RobotPlan.EntityFrameworkCore;

namespace RobotPlan.Web.Tests.Drills;

/// <summary>
/// Every table of the application model, read with plain SQL (no query filters: soft-deleted rows count too), so a
/// drill can say "nothing changed" about the whole database rather than the tables it thought of.
/// </summary>
public sealed class DatabaseSnapshot
{
    private DatabaseSnapshot(IReadOnlyDictionary<string, List<string>> rows) => Rows = rows;

    /// <summary>Table → its rows, each row its columns joined, sorted (row order is not a change).</summary>
    public IReadOnlyDictionary<string, List<string>> Rows { get; }

    public IReadOnlyDictionary<string, int> Counts => Rows.ToDictionary(t => t.Key, t => t.Value.Count);

    public static IReadOnlyList<(string Name, string Sql)> Tables(RobotPlanDbContext db)
    {
        var sql = db.GetService<ISqlGenerationHelper>();
        return db.Model.GetEntityTypes()
            .Where(e => e.GetTableName() is not null && e.GetViewName() is null)
            .Select(e => (Name: e.GetTableName()!, Schema: e.GetSchema()))
            .Distinct()
            .OrderBy(t => t.Name, StringComparer.Ordinal)
            .Select(t => (t.Name, sql.DelimitIdentifier(t.Name, t.Schema)))
            .ToList();
    }

    public static async Task<DatabaseSnapshot> TakeAsync(RobotPlanDbContext db, bool countsOnly = false)
    {
        var result = new Dictionary<string, List<string>>(StringComparer.Ordinal);
        var connection = db.Database.GetDbConnection();
        await db.Database.OpenConnectionAsync();
        try
        {
            foreach (var (name, quoted) in Tables(db))
            {
                await using var command = connection.CreateCommand();
                command.CommandText = countsOnly ? $"SELECT COUNT(*) FROM {quoted}" : $"SELECT * FROM {quoted}";
                if (countsOnly)
                {
                    var n = Convert.ToInt32(await command.ExecuteScalarAsync(), CultureInfo.InvariantCulture);
                    result[name] = Enumerable.Repeat("", n).ToList();
                    continue;
                }
                await using var reader = await command.ExecuteReaderAsync();
                var rows = new List<string>();
                while (await reader.ReadAsync()) rows.Add(RowText(reader));
                rows.Sort(StringComparer.Ordinal);
                result[name] = rows;
            }
        }
        finally
        {
            await db.Database.CloseConnectionAsync();
        }
        return new DatabaseSnapshot(result);
    }

    private static string RowText(DbDataReader reader)
    {
        var values = new string[reader.FieldCount];
        for (var i = 0; i < reader.FieldCount; i++)
        {
            var value = reader.GetValue(i);
            values[i] = reader.GetName(i) + "=" + value switch
            {
                DBNull => "null",
                byte[] bytes => Convert.ToBase64String(bytes),
                IFormattable f => f.ToString(null, CultureInfo.InvariantCulture),
                _ => value.ToString(),
            };
        }
        return string.Join(" | ", values);
    }

    /// <summary>The tables whose rows differ from <paramref name="before"/>, with a sample row each way.</summary>
    public IReadOnlyList<string> DifferencesFrom(DatabaseSnapshot before, ISet<string>? ignore = null)
    {
        var differences = new List<string>();
        foreach (var (table, rows) in Rows)
        {
            if (ignore?.Contains(table) == true) continue;
            var old = before.Rows.GetValueOrDefault(table) ?? [];
            if (old.SequenceEqual(rows)) continue;
            var added = rows.Except(old).ToList();
            var removed = old.Except(rows).ToList();
            differences.Add($"{table}: {old.Count} → {rows.Count} rows; new/changed {added.Count}, gone/before-change {removed.Count}"
                + (added.Count > 0 ? $"; e.g. now: {Cut(added[0])}" : "") + (removed.Count > 0 ? $"; was: {Cut(removed[0])}" : ""));
        }
        return differences;
    }

    /// <summary>How many rows differ in all (added + removed/changed), for the drill's report.</summary>
    public int ChangedRowsSince(DatabaseSnapshot before) => Rows.Sum(t =>
    {
        var old = before.Rows.GetValueOrDefault(t.Key) ?? [];
        return t.Value.Except(old).Count() + old.Except(t.Value).Count();
    });

    private static string Cut(string s) => s.Length > 400 ? s[..400] + "…" : s;
}
