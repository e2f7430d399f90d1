namespace RobotPlan.EntityFrameworkCore;

/// <summary>The scoped DbContext is the unit of work; a stale concurrency stamp becomes a 409.</summary>
internal sealed class EfUnitOfWork(RobotPlanDbContext db) : IUnitOfWork
{
    public async Task SaveChangesAsync(CancellationToken ct = default)
    {
        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch (DbUpdateConcurrencyException)
        {
            throw new ConcurrencyConflictException();
        }
        catch (DbUpdateException e) when (HistoryChains.HashChainInterceptor.IsChainCollision(e))
        {
            // Someone appended to the same history stream in between: the same conflict as a stale stamp.
            throw new ConcurrencyConflictException();
        }
    }

    public async Task<T> InTransactionAsync<T>(Func<Task<T>> work, CancellationToken ct = default)
    {
        using var turn = await SqliteWriteQueue.EnterAsync(db, ct);
        await using var transaction = await db.Database.BeginTransactionAsync(ct);
        var result = await work();
        await transaction.CommitAsync(ct);
        return result;
    }

    public void ExpectConcurrencyStamp(IHasConcurrencyStamp entity, string? stamp)
    {
        if (string.IsNullOrEmpty(stamp)) return;
        if (entity.ConcurrencyStamp != stamp) throw new ConcurrencyConflictException();
        // Also compare in the UPDATE's WHERE, so a save racing ours loses too.
        db.Entry(entity).Property(nameof(IHasConcurrencyStamp.ConcurrencyStamp)).OriginalValue = stamp;
    }
}
