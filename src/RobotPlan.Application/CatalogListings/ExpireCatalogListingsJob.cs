using RobotPlan.BackgroundJobs;

namespace RobotPlan.CatalogListings;

/// <summary>
/// Daily: Active or Suspended listings whose validTo has come become Expired. Re-runnable — an expired listing
/// is not due any more, so a repeated run changes nothing. Commits per batch.
/// </summary>
public sealed class ExpireCatalogListingsJob(ICatalogListingRepository listings, IUnitOfWork unitOfWork, TimeProvider clock,
    ILogger<ExpireCatalogListingsJob> logger)
{
    private const int BatchSize = 200;

    public Task<int> RunAsync(CancellationToken ct = default)
    {
        var today = clock.Today();
        return DueBatches.RunAsync(c => listings.GetDueForExpiryAsync(today, BatchSize, c),
            l => l.ExpireIfDue(today, clock.GetUtcNow().UtcDateTime),
            l => logger.LogInformation("Listing {Number} ({Id}) expired, valid to {ValidTo}", l.Number, l.Id, l.ValidTo),
            unitOfWork, ct);
    }
}
