using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using RobotPlan.TestReports;

namespace RobotPlan.Application.Tests.TestReports;

/// <summary>R-D: the daily expiry job is re-runnable — a second run changes nothing.</summary>
public sealed class ExpireTestReportsJob_Tests(RobotPlanTestHost host) : IClassFixture<RobotPlanTestHost>
{
    private Task<int> RunJobAsync() => host.WithScopeAsync(sp => sp.GetRequiredService<ExpireTestReportsJob>().RunAsync());

    private Task<List<(Guid, TestReportStatus, DateTime?)>> SnapshotAsync() => host.WithDbAsync(async db =>
        (await db.TestReports.OrderBy(r => r.Id).Select(r => new { r.Id, r.Status, r.StatusChangedAt }).ToListAsync())
        .Select(r => (r.Id, r.Status, r.StatusChangedAt)).ToList());

    [Fact]
    public async Task Should_Expire_Due_Reports_Once_When_Run_Twice()
    {
        // The seeded reports expire two years after today; nothing is due yet.
        (await RunJobAsync()).ShouldBe(0);
        var seeded = await SnapshotAsync();
        seeded.ShouldNotBeEmpty();
        seeded.ShouldAllBe(r => r.Item2 == TestReportStatus.Valid);

        host.Clock.Advance(TimeSpan.FromDays(3 * 366));
        var expired = await RunJobAsync();
        var afterFirst = await SnapshotAsync();

        expired.ShouldBe(seeded.Count);
        afterFirst.ShouldAllBe(r => r.Item2 == TestReportStatus.Expired && r.Item3 != null);

        host.Clock.Advance(TimeSpan.FromHours(1));
        (await RunJobAsync()).ShouldBe(0);
        (await SnapshotAsync()).ShouldBe(afterFirst);
    }
}
