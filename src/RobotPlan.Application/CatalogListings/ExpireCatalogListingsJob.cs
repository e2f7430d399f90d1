using Microsoft.Extensions.Logging;
using RobotPlan.SeedWork;
using RobotPlan.Timing;

namespace RobotPlan.CatalogListings;

/// <summary>
/// Daily: Active or Suspended listings whose validTo has come become Expired. Re-runnable — an expired listing
/// is not due any more, so a repeated run changes nothing. Commits per batch.
/// </summary>
public sealed class ExpireCatalogListingsJob(ICatalogListingRepository listings, IUnitOfWork unitOfWork, TimeProvider clock,
    ILogger<ExpireCatalogListingsJob> logger)
{
    private const int BatchSize = 200;

    public async Task<int> RunAsync(CancellationToken ct = default)
    {
        var today = clock.Today();
        var expired = 0;
        while (!ct.IsCancellationRequested)
        {
            var due = await listings.GetDueForExpiryAsync(today, BatchSize, ct);
            var moved = due.Where(l => l.ExpireIfDue(today, clock.GetUtcNow().UtcDateTime)).ToList();
            // Stop when nothing moved, not when nothing was read: a row the query finds due but the listing refuses to
            // expire would otherwise be read again forever.
            if (moved.Count == 0) break;
            foreach (var listing in moved)
                logger.LogInformation("Listing {Number} ({Id}) expired, valid to {ValidTo}", listing.Number, listing.Id, listing.ValidTo);
            expired += moved.Count;
            await unitOfWork.SaveChangesAsync(ct);
        }
        return expired;
    }
}
