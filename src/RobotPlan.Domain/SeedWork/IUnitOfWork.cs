namespace RobotPlan.SeedWork;

/// <summary>One SaveChanges per use case (ABP's unit of work, here the scoped DbContext).</summary>
public interface IUnitOfWork
{
    /// <summary>Commits; throws <see cref="ConcurrencyConflictException"/> when someone saved in between.</summary>
    Task SaveChangesAsync(CancellationToken ct = default);

    /// <summary>Runs work that saves more than once (e.g. Identity's UserManager) all-or-nothing.</summary>
    Task<T> InTransactionAsync<T>(Func<Task<T>> work, CancellationToken ct = default);

    /// <summary>The same for work with no result (e.g. a reservation and the claim's new state committed together).</summary>
    Task InTransactionAsync(Func<Task> work, CancellationToken ct = default) =>
        InTransactionAsync(async () =>
        {
            await work();
            return true;
        }, ct);

    /// <summary>The client edited the version with this stamp; a different current stamp is a 409.</summary>
    void ExpectConcurrencyStamp(IHasConcurrencyStamp entity, string? stamp);
}
