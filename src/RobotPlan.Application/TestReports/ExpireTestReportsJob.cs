using RobotPlan.BackgroundJobs;

namespace RobotPlan.TestReports;

/// <summary>
/// Daily: marks Valid reports whose expiry date has come as Expired. Re-runnable — a report already
/// expired is skipped, so a duplicate or repeated run changes nothing. Commits per batch.
/// </summary>
public sealed class ExpireTestReportsJob(ITestReportRepository reports, IUnitOfWork unitOfWork, TimeProvider clock,
    ILogger<ExpireTestReportsJob> logger)
{
    private const int BatchSize = 200;

    public Task<int> RunAsync(CancellationToken ct = default)
    {
        var today = clock.Today();
        return DueBatches.RunAsync(c => reports.GetDueForExpiryAsync(today, BatchSize, c),
            r => r.ExpireIfDue(today, clock.GetUtcNow().UtcDateTime),
            r => logger.LogInformation("Test report {Number} ({Id}) expired on {ExpiresOn}", r.Number, r.Id, r.ExpiresOn),
            unitOfWork, ct);
    }
}
