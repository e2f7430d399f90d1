using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using RobotPlan.CatalogListings;
using RobotPlan.Notifications;

namespace RobotPlan.Application.Tests.CatalogListings;

/// <summary>R-17 and R-D: expiry at validTo and the 90-day warning, each re-runnable, driven by the fake clock.</summary>
public sealed class ListingJobs_Tests(RobotPlanTestHost host) : IClassFixture<RobotPlanTestHost>
{
    private Task<int> ExpireAsync() => host.WithScopeAsync(sp => sp.GetRequiredService<ExpireCatalogListingsJob>().RunAsync());
    private Task<int> WarnAsync() => host.WithScopeAsync(sp => sp.GetRequiredService<WarnExpiringListingsJob>().RunAsync());

    [Fact]
    public async Task Should_Warn_Once_Then_Expire_Once_When_Jobs_Rerun()
    {
        // Published today with a one-year validity: the warning is due 90 days before validTo.
        var listing = await ListingTestPublisher.PublishAsync(host.Services, "LJ-C7", CatalogKind.KeyProcurement, host.Today, validityYears: 1);
        var warnDay = listing.ValidTo.AddDays(-90);

        host.Clock.Advance(TimeSpan.FromDays(warnDay.DayNumber - host.Today.DayNumber - 1));
        (await WarnAsync()).ShouldBe(0);

        host.Clock.Advance(TimeSpan.FromDays(1));
        (await WarnAsync()).ShouldBe(1);
        (await WarnAsync()).ShouldBe(0);
        var notes = await host.WithDbAsync(db => db.Set<Notification>().Where(n => n.EnterpriseId == listing.EnterpriseId).ToListAsync());
        notes.ShouldHaveSingleItem().Arguments.ShouldContain(listing.Number);

        (await ExpireAsync()).ShouldBe(0);
        host.Clock.Advance(TimeSpan.FromDays(listing.ValidTo.DayNumber - host.Today.DayNumber));
        (await ExpireAsync()).ShouldBe(1);
        (await ExpireAsync()).ShouldBe(0);
        var stored = await host.WithDbAsync(db => db.Set<CatalogListing>().Include(l => l.History).SingleAsync(l => l.Id == listing.Id));
        stored.Status.ShouldBe(CatalogListingStatus.Expired);
        stored.History.Count.ShouldBe(2);
        (await WarnAsync()).ShouldBe(0);
    }
}
