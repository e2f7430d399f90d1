using Microsoft.Extensions.Logging;
using RobotPlan.SeedWork;
using RobotPlan.Timing;

namespace RobotPlan.TestReports;

/// <summary>
/// Daily: marks Valid reports whose expiry date has come as Expired. Re-runnable — a report already
/// expired is skipped, so a duplicate or repeated run changes nothing. Commits per batch.
/// </summary>
public sealed class ExpireTestReportsJob(ITestReportRepository reports, IUnitOfWork unitOfWork, TimeProvider clock,
    ILogger<ExpireTestReportsJob> logger)
{
    private const int BatchSize = 200;

    public async Task<int> RunAsync(CancellationToken ct = default)
    {
        var today = clock.Today();
        var expired = 0;
        while (!ct.IsCancellationRequested)
        {
            var due = await reports.GetDueForExpiryAsync(today, BatchSize, ct);
            var moved = due.Where(r => r.ExpireIfDue(today, clock.GetUtcNow().UtcDateTime)).ToList();
            // Stop when nothing moved, not when nothing was read: a due row the report refuses would loop forever.
            if (moved.Count == 0) break;
            foreach (var report in moved)
                logger.LogInformation("Test report {Number} ({Id}) expired on {ExpiresOn}", report.Number, report.Id, report.ExpiresOn);
            await unitOfWork.SaveChangesAsync(ct);
            expired += moved.Count;
        }
        return expired;
    }
}
