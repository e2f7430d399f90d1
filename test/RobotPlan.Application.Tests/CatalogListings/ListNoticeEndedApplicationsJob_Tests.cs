using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using RobotPlan.Application.Tests.ExpertPanels;
using RobotPlan.CatalogListings;
using RobotPlan.CatalogApplications;
using RobotPlan.PublicNotices;

namespace RobotPlan.Application.Tests.CatalogListings;

/// <summary>R-16 end to end: apply → district → municipal → three experts → decision → notice ends → the job lists.</summary>
public sealed class ListNoticeEndedApplicationsJob_Tests(RobotPlanTestHost host) : IClassFixture<RobotPlanTestHost>
{
    private readonly ExpertReviewAndNotice_Tests _flow = new(host);

    private Task<int> RunJobAsync() => host.WithScopeAsync(sp => sp.GetRequiredService<ListNoticeEndedApplicationsJob>().RunAsync());

    [Fact]
    public async Task Should_List_The_File_Once_When_Its_Notice_Ends_Without_Objection()
    {
        var (file, panel) = await _flow.InExpertReviewWithPanelAsync();
        await _flow.ScoreAllAsync(panel, 80);
        await host.LoginAsAsync(RobotPlanTestData.MunicipalReviewer);
        var notice = await _flow.Notices(n => n.DecideAsync(new DecideBatchDto { BatchId = file.BatchId }));

        (await RunJobAsync()).ShouldBe(0); // the notice is still running
        host.Clock.SetUtcNow(notice.EndsAtUtc.AddMinutes(5));
        await host.LoginAsAsync(null); // the job acts as nobody

        (await RunJobAsync()).ShouldBe(1);
        (await RunJobAsync()).ShouldBe(0); // re-run changes nothing

        var application = await host.WithDbAsync(db => db.Set<RobotPlan.CatalogApplications.CatalogApplication>().SingleAsync(a => a.Id == file.Id));
        application.Status.ShouldBe(CatalogApplicationStatus.Listed);
        var listing = await host.WithDbAsync(db => db.Set<CatalogListing>().SingleAsync(l => l.ApplicationId == file.Id));
        application.ListingId.ShouldBe(listing.Id);
        listing.Number.ShouldStartWith("SDT-2025-");
        listing.ValidFrom.ShouldBe(new DateOnly(2025, 10, 10)); // the day after 10-09 24:00 Asia/Shanghai
        listing.ValidTo.ShouldBe(new DateOnly(2028, 10, 10));
        listing.ReliedOnReportIds.ShouldNotBeEmpty();
    }
}
