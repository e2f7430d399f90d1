namespace RobotPlan.CatalogBatches;

/// <summary>
/// Every 5 minutes: moves batches Scheduled → Open → Closed by their window. Re-runnable — a batch whose
/// status already matches its window is not even loaded, so a repeated run changes nothing. Commits once.
/// </summary>
public sealed class OpenAndCloseCatalogBatchesJob(ICatalogBatchRepository batches, IUnitOfWork unitOfWork, TimeProvider clock,
    ILogger<OpenAndCloseCatalogBatchesJob> logger)
{
    private const int MaxPerRun = 500;

    public async Task<int> RunAsync(CancellationToken ct = default)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        var changed = 0;
        foreach (var batch in await batches.GetDueForStatusChangeAsync(now, MaxPerRun, ct))
        {
            if (!batch.UpdateStatus(now)) continue;
            logger.LogInformation("Catalog batch {Title} ({Id}) is now {Status}", batch.Title, batch.Id, batch.Status);
            changed++;
        }
        if (changed > 0) await unitOfWork.SaveChangesAsync(ct);
        return changed;
    }
}
