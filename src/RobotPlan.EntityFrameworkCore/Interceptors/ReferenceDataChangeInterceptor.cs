using System.Runtime.CompilerServices;

namespace RobotPlan.EntityFrameworkCore.Interceptors;

/// <summary>
/// Moves <see cref="ReferenceDataVersion"/> when a save adds, changes or deletes a category or jurisdiction, whichever
/// code path saved it (admin edits, seeding, tests), so the cached names of the public search reload. It moves before
/// the save and again after it: a reader that loaded between the two cannot keep names older than the commit.
/// </summary>
public sealed class ReferenceDataChangeInterceptor(ReferenceDataVersion version) : SaveChangesInterceptor
{
    private static readonly object Marker = new();
    private readonly ConditionalWeakTable<DbContext, object> _saving = [];

    public override InterceptionResult<int> SavingChanges(DbContextEventData eventData, InterceptionResult<int> result)
    {
        Saving(eventData.Context);
        return result;
    }

    public override ValueTask<InterceptionResult<int>> SavingChangesAsync(DbContextEventData eventData, InterceptionResult<int> result,
        CancellationToken cancellationToken = default)
    {
        Saving(eventData.Context);
        return ValueTask.FromResult(result);
    }

    public override int SavedChanges(SaveChangesCompletedEventData eventData, int result)
    {
        Done(eventData.Context);
        return result;
    }

    public override ValueTask<int> SavedChangesAsync(SaveChangesCompletedEventData eventData, int result, CancellationToken cancellationToken = default)
    {
        Done(eventData.Context);
        return ValueTask.FromResult(result);
    }

    public override void SaveChangesFailed(DbContextErrorEventData eventData) => Done(eventData.Context);

    public override Task SaveChangesFailedAsync(DbContextErrorEventData eventData, CancellationToken cancellationToken = default)
    {
        Done(eventData.Context);
        return Task.CompletedTask;
    }

    private void Saving(DbContext? context)
    {
        if (context is null || !context.ChangeTracker.Entries().Any(e =>
                e.Entity is ProductCategory or ReviewJurisdiction && e.State is EntityState.Added or EntityState.Modified or EntityState.Deleted))
            return;
        version.Bump();
        _saving.AddOrUpdate(context, Marker);
    }

    private void Done(DbContext? context)
    {
        if (context is not null && _saving.Remove(context)) version.Bump();
    }
}
