using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using MiniExcelLibs;
using RobotPlan.Application.Tests.CatalogApplications;
using RobotPlan.CatalogApplications;
using RobotPlan.CatalogListings;
using RobotPlan.Dashboard;
using RobotPlan.SeedWork;
using S = RobotPlan.CatalogApplications.CatalogApplicationStatus;

namespace RobotPlan.Application.Tests.Dashboard;

/// <summary>The dashboard's numbers equal what the test counts itself from the records, after real files and listings moved.</summary>
public sealed class Dashboard_Tests(RobotPlanTestHost host) : IClassFixture<RobotPlanTestHost>
{
    private readonly CatalogScenario _s = new(host);

    private Task<T> Service<T>(Func<IDashboardAppService, Task<T>> call) => host.WithScopeAsync(sp => call(sp.GetRequiredService<IDashboardAppService>()));

    private static Dictionary<string, decimal> Column(DashboardDto d, string chart, int column = 0) =>
        d.Charts.Single(c => c.Key == chart).Rows.ToDictionary(r => r.Key, r => r.Values[column]);

    /// <summary>Three files: one waits, one passed district review after 2 days, one was returned after 5 days; two listings.</summary>
    private async Task ArrangeAsync()
    {
        await _s.SubmittedAsync();
        var second = await _s.SubmittedAsync();
        var third = await _s.SubmittedAsync(CatalogKind.KeyProcurement);
        host.Clock.Advance(TimeSpan.FromDays(2));
        await host.LoginAsAsync(RobotPlanTestData.DistrictReviewerOfA);
        await _s.Applications(s => s.DistrictApproveAsync(second.Id, new CatalogTransitionDto { ConcurrencyStamp = second.ConcurrencyStamp }));
        host.Clock.Advance(TimeSpan.FromDays(3));
        await _s.Applications(s => s.ReturnAsync(third.Id, new CatalogReasonTransitionDto { ConcurrencyStamp = third.ConcurrencyStamp, Reason = "补充材料" }));
        await ListingTestPublisher.PublishAsync(host.Services, "RV-40E", CatalogKind.FirstUnit, host.Today);
        await ListingTestPublisher.PublishAsync(host.Services, "BY-R1", CatalogKind.KeyProcurement, host.Today);
    }

    [Fact]
    public async Task Should_Report_The_Counts_The_Test_Computes_From_The_Records()
    {
        await ArrangeAsync();
        await host.LoginAsAsync(RobotPlanTestData.FinanceOfficer);
        var dashboard = await Service(s => s.GetAsync());

        var listings = await host.WithDbAsync(db => db.Set<CatalogListing>().AsNoTracking().ToListAsync());
        var active = listings.Where(l => l.Status == CatalogListingStatus.Active).ToList();
        active.Count.ShouldBeGreaterThanOrEqualTo(2);
        Column(dashboard, DashboardCharts.ListingsByCatalog).ShouldBe(
            active.GroupBy(l => l.Catalog.ToString()).ToDictionary(g => g.Key, g => (decimal)g.Count()), ignoreOrder: true);
        Column(dashboard, DashboardCharts.ListingsByCategory).ShouldBe(
            active.GroupBy(l => l.CategoryCode).ToDictionary(g => g.Key, g => (decimal)g.Count()), ignoreOrder: true);
        Column(dashboard, DashboardCharts.ListingsByJurisdiction).ShouldBe(
            active.GroupBy(l => l.JurisdictionId.ToString()).ToDictionary(g => g.Key, g => (decimal)g.Count()), ignoreOrder: true);

        var files = await host.WithDbAsync(db => db.CatalogApplications.AsNoTracking().Include(a => a.History).ToListAsync());
        var byStatus = Column(dashboard, DashboardCharts.ApplicationsByStatus);
        foreach (var status in Enum.GetValues<S>()) byStatus[status.ToString()].ShouldBe(files.Count(f => f.Status == status), status.ToString());
        byStatus[nameof(S.Submitted)].ShouldBeGreaterThanOrEqualTo(1);
        byStatus[nameof(S.Returned)].ShouldBeGreaterThanOrEqualTo(1);

        var funnel = Column(dashboard, DashboardCharts.Funnel);
        foreach (var stage in DashboardAppService.Stages)
            funnel[stage.ToString()].ShouldBe(files.Count(f => f.History.Any(h => h.To == stage)), stage.ToString());

        // Submitted → taken by the district: every file that left the step, measured in the test from its own history.
        var waits = files.SelectMany(f =>
        {
            var h = f.History.OrderBy(e => e.Sequence).ToList();
            return h.Skip(1).Select((e, i) => (e.From, Days: (e.At - h[i].At).TotalDays));
        }).ToLookup(x => x.From, x => x.Days);
        var medians = Column(dashboard, DashboardCharts.ProcessingTime);
        var samples = Column(dashboard, DashboardCharts.ProcessingTime, 1);
        foreach (var step in DashboardAppService.Steps)
        {
            samples[step.ToString()].ShouldBe(waits[step].Count(), step.ToString());
            if (waits[step].Any()) medians[step.ToString()].ShouldBe(DashboardAppService.Median([.. waits[step]]), step.ToString());
        }
        // The approved file waited 2 days to be taken; the returned one 5 (it was returned straight from Submitted).
        waits[S.Submitted].ShouldContain(2.0);
        waits[S.Submitted].ShouldContain(5.0);

        var programs = await host.WithDbAsync(db => db.SubsidyPrograms.AsNoTracking().ToListAsync());
        Column(dashboard, DashboardCharts.Budget).ShouldBe(programs.ToDictionary(p => p.Id.ToString(), p => p.Budget), ignoreOrder: true);
        Column(dashboard, DashboardCharts.Budget, 3).ShouldBe(programs.ToDictionary(p => p.Id.ToString(), p => p.Budget - p.Reserved - p.Paid), ignoreOrder: true);
    }

    [Fact]
    public async Task Should_Count_As_Overdue_Exactly_The_Tasks_The_Task_Lists_Mark_Overdue()
    {
        await _s.SubmittedAsync();
        host.Clock.Advance(TimeSpan.FromDays(40));
        await _s.SubmittedAsync();

        await host.LoginAsAsync(RobotPlanTestData.DistrictReviewerOfA);
        var districtOverdue = (await _s.Applications(s => s.GetTasksAsync())).Count(t => t.IsOverdue);
        await host.LoginAsAsync(RobotPlanTestData.MunicipalReviewer);
        var municipalOverdue = (await _s.Applications(s => s.GetTasksAsync())).Count(t => t.IsOverdue);
        var overdue = Column(await Service(s => s.GetAsync()), DashboardCharts.OverdueTasks);

        districtOverdue.ShouldBeGreaterThanOrEqualTo(1);
        (overdue[nameof(S.Submitted)] + overdue[nameof(S.DistrictReview)]).ShouldBe(districtOverdue);
        (overdue[nameof(S.MunicipalReview)] + overdue[nameof(S.PendingDecision)]).ShouldBe(municipalOverdue);
    }

    [Fact]
    public async Task Should_Export_A_Charts_Table_As_Excel_And_Refuse_Other_Roles()
    {
        await host.LoginAsAsync(RobotPlanTestData.MunicipalReviewer);
        var chart = (await Service(s => s.GetAsync())).Charts.Single(c => c.Key == DashboardCharts.ApplicationsByStatus);
        using var buffer = new MemoryStream();
        await Service(async s => { await s.ExportAsync(DashboardCharts.ApplicationsByStatus, buffer); return 0; });
        buffer.Position = 0;
        var rows = buffer.Query(useHeaderRow: true).Cast<IDictionary<string, object>>().ToList();
        rows.Select(r => r[chart.Title]?.ToString()).ShouldBe(chart.Rows.Select(r => r.Label));
        rows.Select(r => Convert.ToDecimal(r[chart.Columns[0]])).ShouldBe(chart.Rows.Select(r => r.Values[0]));

        await host.LoginAsAsync(RobotPlanTestData.EnterpriseAUser);
        await Should.ThrowAsync<AuthorizationException>(() => Service(s => s.GetAsync()));
        await host.LoginAsAsync(RobotPlanTestData.Expert);
        await Should.ThrowAsync<AuthorizationException>(() => Service(s => s.GetAsync()));
    }

    [Fact]
    public async Task Should_Show_The_Public_The_Catalog_Counts_Only()
    {
        await ListingTestPublisher.PublishAsync(host.Services, "LJ-C7", CatalogKind.FirstUnit, host.Today);
        await host.LoginAsAsync(null);
        var summary = await Service(s => s.GetPublicSummaryAsync());
        var active = await host.WithDbAsync(db => db.Set<CatalogListing>().CountAsync(l => l.Status == CatalogListingStatus.Active));
        summary.ActiveListings.ShouldBe(active);
        summary.ByCatalog.Sum(r => r.Values[0]).ShouldBe(active);
        summary.ByCategory.Sum(r => r.Values[0]).ShouldBe(active);
    }
}
