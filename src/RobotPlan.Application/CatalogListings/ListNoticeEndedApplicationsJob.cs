using Microsoft.Extensions.Logging;
using RobotPlan.CatalogApplications;
using RobotPlan.Credit;
using RobotPlan.PublicNotices;
using RobotPlan.TestReports;
using RobotPlan.Timing;
using RobotPlan.Reviews;

namespace RobotPlan.CatalogListings;

/// <summary>
/// lists every file whose public notice has ended with nothing unresolved. Each file is listed in its own
/// transaction together with its Listed state, and the application id is unique among listings, so a crash, a
/// repeated run or two nodes running at once never list a file twice (and a re-run changes nothing).
/// </summary>
public sealed class ListNoticeEndedApplicationsJob(
    IPublicNoticeQueries notices,
    ICatalogApplicationRepository applications,
    ICatalogListingRepository listings,
    ITestReportRepository reports,
    CatalogListingManager manager,
    ICreditStanding credit,
    TimeProvider clock,
    ILogger<ListNoticeEndedApplicationsJob> logger)
{
    private static readonly ReviewActor System = new(null, "系统（目录发布任务）", "system", null);

    public async Task<int> RunAsync(CancellationToken ct = default)
    {
        var listed = 0;
        foreach (var item in await notices.GetListableApplicationsAsync(clock.GetUtcNow().UtcDateTime, ct))
        {
            if (ct.IsCancellationRequested) break;
            var application = await applications.FindAsync(item.ApplicationId, ct);
            if (application is not { Status: CatalogApplicationStatus.InPublicNotice }
                || await listings.ExistsForApplicationAsync(application.Id, ct)) continue;
            var today = clock.Today();
            // a blacklisted enterprise or product is not listed; the file waits in its notice until the record ends.
            if (await credit.IsBlacklistedAsync(application.EnterpriseId, today, ct)
                || await credit.IsBlacklistedAsync(CreditSubjectKind.Product, application.ProductId, ct))
            {
                logger.LogWarning("Application {ApplicationId} not listed: its enterprise or product is blacklisted", application.Id);
                continue;
            }
            // The decision relied on the reports valid on the day it is published (R-4: the listing shows them), except
            // those of a blacklisted testing body.
            var valid = (await reports.GetByProductAsync(application.ProductId, ct)).Where(r => r.IsValidOn(today)).ToList();
            var blacklistedBodies = await credit.BlacklistedTestingBodiesAsync(valid.Select(r => r.TestingBodyId), ct);
            var evidence = valid.Where(r => !blacklistedBodies.Contains(r.TestingBodyId)).Select(r => r.Id).ToList();
            var listing = await manager.PublishAsync(application.ProductId, application.EnterpriseId, application.Catalog, application.Id,
                evidence, today, beforeSave: l => application.MarkListed(l.Id, System, clock.GetUtcNow().UtcDateTime), ct: ct);
            logger.LogInformation("Application {ApplicationId} listed as {Number} after notice {NoticeId}", application.Id, listing.Number, item.NoticeId);
            listed++;
        }
        return listed;
    }
}
