namespace RobotPlan.CatalogListings;

/// <summary>
/// Daily: tells the enterprise N days (parameter, 90) before a listing expires. The listing records that the
/// warning went out in the same save as the notification, so each warning is sent once however often the job runs.
/// </summary>
public sealed class WarnExpiringListingsJob(ICatalogListingRepository listings, Notifier notifier, IUnitOfWork unitOfWork,
    IOptions<CatalogListingOptions> options, TimeProvider clock, ILogger<WarnExpiringListingsJob> logger)
{
    private const int BatchSize = 200;
    public const string TextKey = "Notification:ListingExpiresSoon";

    public async Task<int> RunAsync(CancellationToken ct = default)
    {
        var today = clock.Today();
        var days = options.Value.ExpiryWarningDays;
        var sent = 0;
        while (!ct.IsCancellationRequested)
        {
            var due = await listings.GetDueForWarningAsync(today, today.AddDays(days), BatchSize, ct);
            if (due.Count == 0) break;
            var now = clock.GetUtcNow().UtcDateTime;
            foreach (var listing in due.Where(l => l.MarkExpiryWarningIfDue(today, days, now)))
            {
                // Through the Notifier, so the warning is also mailed when e-mail is on.
                await notifier.ToEnterpriseAsync(listing.EnterpriseId, new NotificationMessage(NotificationConsts.ListingExpiryWarning, TextKey,
                    [listing.Number, listing.ProductName, listing.ValidTo.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture)], $"/listings/{listing.Number}"), ct);
                logger.LogInformation("Expiry warning for listing {Number} sent to enterprise {EnterpriseId}", listing.Number, listing.EnterpriseId);
                sent++;
            }
            await unitOfWork.SaveChangesAsync(ct);
        }
        return sent;
    }
}
