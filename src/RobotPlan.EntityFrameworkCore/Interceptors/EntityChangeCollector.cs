using System.Text.Json;

namespace RobotPlan.EntityFrameworkCore.Interceptors;

/// <summary>
/// Records the entity changes a request saved, for its audit log entry. Scoped: one per request or job.
/// Changes are kept only once the save succeeded.
/// </summary>
public sealed class EntityChangeCollector : SaveChangesInterceptor
{
    // Never copied into the audit log.
    private static readonly HashSet<string> SecretProperties =
        ["PasswordHash", "SecurityStamp", "ConcurrencyStamp", "AccountNumber", "Xml"];

    private List<(EntityEntry Entry, EntityChange Change)> _pending = [];
    private readonly List<EntityChange> _saved = [];

    public IReadOnlyList<EntityChange> Changes => _saved;

    public override InterceptionResult<int> SavingChanges(DbContextEventData eventData, InterceptionResult<int> result)
    {
        Capture(eventData.Context);
        return result;
    }

    public override ValueTask<InterceptionResult<int>> SavingChangesAsync(DbContextEventData eventData,
        InterceptionResult<int> result, CancellationToken cancellationToken = default)
    {
        Capture(eventData.Context);
        return ValueTask.FromResult(result);
    }

    public override int SavedChanges(SaveChangesCompletedEventData eventData, int result)
    {
        Complete();
        return result;
    }

    public override ValueTask<int> SavedChangesAsync(SaveChangesCompletedEventData eventData, int result, CancellationToken cancellationToken = default)
    {
        Complete();
        return ValueTask.FromResult(result);
    }

    public override void SaveChangesFailed(DbContextErrorEventData eventData) => _pending = [];

    public override Task SaveChangesFailedAsync(DbContextErrorEventData eventData, CancellationToken cancellationToken = default)
    {
        _pending = [];
        return Task.CompletedTask;
    }

    private void Capture(DbContext? context)
    {
        if (context is null) return;
        _pending = context.ChangeTracker.Entries()
            .Where(e => e.State is EntityState.Added or EntityState.Modified or EntityState.Deleted)
            .Where(e => e.Entity is not AuditLog and not EntityChange && !e.Metadata.IsOwned())
            .Select(e => (e, new EntityChange
            {
                EntityType = e.Metadata.ClrType.Name,
                ChangeType = e.Entity is ISoftDelete { IsDeleted: true } ? "Deleted" : e.State.ToString(),
                PropertyChanges = Describe(e),
            }))
            .ToList();
    }

    private void Complete()
    {
        foreach (var (entry, change) in _pending)
        {
            // Ids are known only after the save for database-generated keys.
            change.EntityId = string.Join(",", entry.Metadata.FindPrimaryKey()!.Properties.Select(p => entry.Property(p.Name).CurrentValue));
            _saved.Add(change);
        }
        _pending = [];
    }

    private static string Describe(EntityEntry entry)
    {
        var changes = entry.Properties
            .Where(p => !SecretProperties.Contains(p.Metadata.Name))
            .Where(p => entry.State == EntityState.Added || p.IsModified)
            .Select(p => new
            {
                p.Metadata.Name,
                Old = entry.State == EntityState.Added ? null : p.OriginalValue?.ToString(),
                New = p.CurrentValue?.ToString(),
            })
            .Where(c => entry.State == EntityState.Added || c.Old != c.New);
        return JsonSerializer.Serialize(changes);
    }
}
