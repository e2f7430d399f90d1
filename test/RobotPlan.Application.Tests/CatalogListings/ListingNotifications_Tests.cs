using Microsoft.Extensions.DependencyInjection;
using RobotPlan.CatalogListings;
using RobotPlan.Notifications;

namespace RobotPlan.Application.Tests.CatalogListings;

/// <summary>The R-17 warning reaches the enterprise's users, and only them.</summary>
public sealed class ListingNotifications_Tests(RobotPlanTestHost host) : IClassFixture<RobotPlanTestHost>
{
    private Task<int> WarnAsync() => host.WithScopeAsync(sp => sp.GetRequiredService<WarnExpiringListingsJob>().RunAsync());

    [Fact]
    public async Task Should_Show_The_Warning_To_The_Enterprise_User_And_Mark_It_Read()
    {
        var listing = await ListingTestPublisher.PublishAsync(host.Services, "RV-40E", CatalogKind.FirstUnit, host.Today, validityYears: 1);
        host.Clock.Advance(TimeSpan.FromDays(listing.ValidTo.DayNumber - host.Today.DayNumber - 30));
        await WarnAsync();

        await host.LoginAsAsync(RobotPlanTestData.EnterpriseBUser);
        var mine = await host.WithScopeAsync(sp => sp.GetRequiredService<INotificationAppService>().GetMineAsync(new GetNotificationsInput()));
        var note = mine.Items.ShouldHaveSingleItem();
        note.Text.ShouldContain(listing.Number);
        mine.UnreadCount.ShouldBe(1);

        await host.LoginAsAsync(RobotPlanTestData.EnterpriseAUser);
        await Should.ThrowAsync<RobotPlan.SeedWork.EntityNotFoundException>(() =>
            host.WithScopeAsync(sp => sp.GetRequiredService<INotificationAppService>().MarkReadAsync(note.Id)));

        await host.LoginAsAsync(RobotPlanTestData.EnterpriseBUser);
        (await host.WithScopeAsync(sp => sp.GetRequiredService<INotificationAppService>().MarkReadAsync(note.Id))).ReadAt.ShouldNotBeNull();
    }
}
