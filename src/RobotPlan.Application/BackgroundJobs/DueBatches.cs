namespace RobotPlan.BackgroundJobs;

/// <summary>
/// The loop of the date-driven jobs (expire listings, expire test reports, start/end credit records): read a batch of
/// what is due, let each aggregate move itself, commit, repeat. It stops when a batch moved nothing, not only when
/// nothing was read: a row the query finds due but its aggregate refuses would otherwise be read again forever.
/// Re-runnable: what moved is no longer due.
/// </summary>
public static class DueBatches
{
    /// <returns>How many moved.</returns>
    public static async Task<int> RunAsync<T>(Func<CancellationToken, Task<List<T>>> readDue, Func<T, bool> move, Action<T> logMoved,
        IUnitOfWork unitOfWork, CancellationToken ct)
    {
        var total = 0;
        while (!ct.IsCancellationRequested)
        {
            var moved = (await readDue(ct)).Where(move).ToList();
            if (moved.Count == 0) break;
            moved.ForEach(logMoved);
            total += moved.Count;
            await unitOfWork.SaveChangesAsync(ct);
        }
        return total;
    }
}
