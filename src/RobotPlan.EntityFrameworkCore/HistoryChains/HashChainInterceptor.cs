using System.Data.Common;
using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using Microsoft.EntityFrameworkCore.Storage;

namespace RobotPlan.EntityFrameworkCore.HistoryChains;

/// <summary>
/// Chains every added row of a chained table to the head of its stream: sequence = head + 1, previous hash = head's hash,
/// hash = SHA-256(previous hash, the row's content). The head is read in the saving connection; two saves racing for the
/// same stream collide on the unique (stream, sequence) index instead of forking the chain.
/// </summary>
public sealed class HashChainInterceptor : SaveChangesInterceptor
{
    public override async ValueTask<InterceptionResult<int>> SavingChangesAsync(DbContextEventData eventData, InterceptionResult<int> result,
        CancellationToken cancellationToken = default)
    {
        if (eventData.Context is { } context) await ChainAsync(context, cancellationToken);
        return result;
    }

    public override InterceptionResult<int> SavingChanges(DbContextEventData eventData, InterceptionResult<int> result)
    {
        if (eventData.Context is { } context) ChainAsync(context, CancellationToken.None).GetAwaiter().GetResult();
        return result;
    }

    private static async Task ChainAsync(DbContext context, CancellationToken ct)
    {
        var added = context.ChangeTracker.Entries()
            .Where(e => e.State == EntityState.Added && e.Metadata.FindAnnotation(HashChains.StreamAnnotation) is not null)
            .ToList();
        foreach (var stream in added.GroupBy(e => (e.Metadata, Key: StreamValue(e))))
        {
            var (sequence, previous) = await HeadAsync(context, stream.Key.Metadata, stream.Key.Key, ct);
            foreach (var entry in stream)
            {
                sequence++;
                entry.Property(HashChains.SequenceProperty).CurrentValue = sequence;
                entry.Property(HashChains.PreviousHashProperty).CurrentValue = previous;
                previous = Hash(previous, entry);
                entry.Property(HashChains.HashProperty).CurrentValue = previous;
            }
        }
    }

    private static object? StreamValue(EntityEntry entry) =>
        (string)entry.Metadata.FindAnnotation(HashChains.StreamAnnotation)!.Value! is { Length: > 0 } stream ? entry.Property(stream).CurrentValue : null;

    private static async Task<(long Sequence, string Hash)> HeadAsync(DbContext context, IEntityType type, object? stream, CancellationToken ct)
    {
        var table = type.GetTableName()!;
        var store = StoreObjectIdentifier.Table(table, type.GetSchema());
        string Column(string property) => type.FindProperty(property)!.GetColumnName(store)!;
        var connection = context.Database.GetDbConnection();
        // Inside a caller's transaction the connection is open already and must stay so.
        var opened = connection.State != System.Data.ConnectionState.Open;
        if (opened) await context.Database.OpenConnectionAsync(ct);
        try
        {
            await using var command = connection.CreateCommand();
            command.Transaction = context.Database.CurrentTransaction?.GetDbTransaction();
            var where = "";
            if (stream is not null)
            {
                var streamProperty = type.FindProperty((string)type.FindAnnotation(HashChains.StreamAnnotation)!.Value!)!;
                // The column's own mapping converts the value as EF stores it (e.g. a Guid as TEXT on SQLite).
                command.Parameters.Add(streamProperty.GetRelationalTypeMapping().CreateParameter(command, "@stream", stream));
                where = $"WHERE \"{Column(streamProperty.Name)}\" = @stream ";
            }
            command.CommandText = $"SELECT \"{Column(HashChains.SequenceProperty)}\", \"{Column(HashChains.HashProperty)}\" FROM \"{table}\" "
                                  + where + $"ORDER BY \"{Column(HashChains.SequenceProperty)}\" DESC LIMIT 1";
            await using var reader = await command.ExecuteReaderAsync(ct);
            return await reader.ReadAsync(ct) ? (reader.GetInt64(0), reader.GetString(1)) : (0, HashChains.Genesis);
        }
        finally
        {
            if (opened) await context.Database.CloseConnectionAsync();
        }
    }

    /// <summary>SHA-256 over the previous hash and every property but the chain's own, by name, values in one invariant form.</summary>
    public static string Hash(string previous, EntityEntry entry)
    {
        var text = new StringBuilder(previous).Append('\n');
        foreach (var property in entry.Properties.Where(p => !IsChainProperty(p.Metadata.Name)).OrderBy(p => p.Metadata.Name, StringComparer.Ordinal))
        {
            var value = Canonical(property.CurrentValue);
            text.Append(property.Metadata.Name).Append(':').Append(value.Length).Append(':').Append(value).Append('\n');
        }
        return Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(text.ToString())));
    }

    /// <summary>A failed insert of a chained row: most likely two saves appended to one stream at once (the unique index).</summary>
    public static bool IsChainCollision(DbUpdateException error) =>
        error is not DbUpdateConcurrencyException
        && error.Entries.Any(e => e.State == EntityState.Added && e.Metadata.FindAnnotation(HashChains.StreamAnnotation) is not null);

    private static bool IsChainProperty(string name) =>
        name is HashChains.SequenceProperty or HashChains.PreviousHashProperty or HashChains.HashProperty;

    // What survives a round trip through both databases: PostgreSQL keeps microseconds; money is whole fen.
    private static string Canonical(object? value) => value switch
    {
        null => "∅",
        string s => s,
        DateTime d => d.ToUniversalTime().ToString("yyyy-MM-dd'T'HH:mm:ss.ffffff", CultureInfo.InvariantCulture),
        DateOnly d => d.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
        Guid g => g.ToString("D"),
        bool b => b ? "1" : "0",
        decimal m => m.ToString("0.############################", CultureInfo.InvariantCulture),
        Enum e => Convert.ToInt64(e, CultureInfo.InvariantCulture).ToString(CultureInfo.InvariantCulture),
        IFormattable f => f.ToString(null, CultureInfo.InvariantCulture),
        System.Collections.IEnumerable many => string.Join(",", many.Cast<object?>().Select(Canonical)),
        _ => value.ToString() ?? "",
    };
}
