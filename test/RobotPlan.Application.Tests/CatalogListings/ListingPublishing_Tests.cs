using Microsoft.EntityFrameworkCore;
using RobotPlan.CatalogListings;

namespace RobotPlan.Application.Tests.CatalogListings;

/// <summary>R-16: numbers are unique and gap-free per catalog and year, also when many publish at once.</summary>
public sealed class ListingPublishing_Tests(RobotPlanTestHost host) : IClassFixture<RobotPlanTestHost>
{
    [Fact]
    public async Task Should_Number_Gap_Free_When_Many_Publish_Concurrently()
    {
        var models = new[] { "LY-W6", "LY-P180", "RV-40E", "LJ-C7", "BY-R1" };
        var date = new DateOnly(2031, 5, 6);

        // 40 publishers at once over two catalogs; each runs in its own scope and transaction.
        await Task.WhenAll(Enumerable.Range(0, 40).Select(i => Task.Run(() => ListingTestPublisher.PublishAsync(host.Services,
            models[i % models.Length], i % 2 == 0 ? CatalogKind.FirstUnit : CatalogKind.KeyProcurement, date))));

        var numbers = await host.WithDbAsync(db => db.Set<RobotPlan.CatalogListings.CatalogListing>().Where(l => l.Year == 2031)
            .Select(l => l.Number).ToListAsync());
        numbers.Order().ShouldBe(Enumerable.Range(1, 20).Select(n => $"SDT-2031-{n:0000}")
            .Concat(Enumerable.Range(1, 20).Select(n => $"ZDCG-2031-{n:0000}")).Order());
    }

    [Fact]
    public async Task Should_Start_Each_Year_At_One()
    {
        var first = await ListingTestPublisher.PublishAsync(host.Services, "LY-W6", CatalogKind.FirstUnit, new DateOnly(2033, 12, 31));
        var next = await ListingTestPublisher.PublishAsync(host.Services, "LY-W6", CatalogKind.FirstUnit, new DateOnly(2034, 1, 1));
        first.Number.ShouldBe("SDT-2033-0001");
        next.Number.ShouldBe("SDT-2034-0001");
        next.ValidTo.ShouldBe(new DateOnly(2037, 1, 1));
        next.ReliedOnReportIds.ShouldNotBeEmpty();
    }
}
