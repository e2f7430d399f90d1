using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.ChangeTracking;
using Microsoft.EntityFrameworkCore.Diagnostics;
using RobotPlan.SeedWork;

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
                    entry.State = EntityState.Modified;
                    softDelete.IsDeleted = true;
                    softDelete.DeletionTime = now;
                    softDelete.DeleterId = userId;
                    SetModified(entry, now, userId);
                    break;
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
