namespace RobotPlan.EntityFrameworkCore.Interceptors;

/// <summary>
/// ABP's auditing conventions on plain EF Core: creation/modification/deletion fields from the current
/// user and TimeProvider, delete turned into soft delete, a fresh concurrency stamp on every save.
/// </summary>
public sealed class AuditingInterceptor(ICurrentUser currentUser, TimeProvider clock) : SaveChangesInterceptor
{
    public override InterceptionResult<int> SavingChanges(DbContextEventData eventData, InterceptionResult<int> result)
    {
        Apply(eventData.Context);
        return result;
    }

    public override ValueTask<InterceptionResult<int>> SavingChangesAsync(DbContextEventData eventData,
        InterceptionResult<int> result, CancellationToken cancellationToken = default)
    {
        Apply(eventData.Context);
        return ValueTask.FromResult(result);
    }

    private void Apply(DbContext? context)
    {
        if (context is null) return;
        var now = clock.GetUtcNow().UtcDateTime;
        var userId = currentUser.Id;
        foreach (var entry in context.ChangeTracker.Entries())
        {
            switch (entry.State)
            {
                case EntityState.Added:
                    if (entry.Entity is IHasCreationTime created && created.CreationTime == default) created.CreationTime = now;
                    if (entry.Entity is ICreationAudited audited) audited.CreatorId ??= userId;
                    break;
                case EntityState.Modified:
                    SetModified(entry, now, userId);
                    break;
                case EntityState.Deleted when entry.Entity is ISoftDelete softDelete:
                    KeepOwned(context, entry);
                    entry.State = EntityState.Modified;
                    softDelete.IsDeleted = true;
                    softDelete.DeletionTime = now;
                    softDelete.DeleterId = userId;
                    SetModified(entry, now, userId);
                    break;
            }
        }
    }

    /// <summary>
    /// Remove() cascades to owned values (contact, specifications ...); a soft-deleted owner keeps them,
    /// otherwise EF would delete or re-key them when the owner turns back into an update.
    /// </summary>
    private static void KeepOwned(DbContext context, EntityEntry owner)
    {
        foreach (var navigation in owner.Navigations.Where(n => n.Metadata is INavigation { ForeignKey.IsOwnership: true, IsOnDependent: false }))
        {
            var values = navigation.CurrentValue switch
            {
                null => [],
                System.Collections.IEnumerable many when navigation.Metadata.IsCollection => many.Cast<object>(),
                var one => [one],
            };
            foreach (var value in values)
            {
                var owned = context.Entry(value);
                if (owned.State != EntityState.Deleted) continue;
                KeepOwned(context, owned);
                owned.State = EntityState.Unchanged;
            }
        }
    }

    private static void SetModified(EntityEntry entry, DateTime now, Guid? userId)
    {
        if (entry.Entity is IModificationAudited modified)
        {
            modified.LastModificationTime = now;
            modified.LastModifierId = userId;
        }
        // The original value stays what was read (or what the client sent), so a stale stamp fails the update.
        if (entry.Entity is IHasConcurrencyStamp stamped) stamped.ConcurrencyStamp = Guid.NewGuid().ToString("N");
    }
}
