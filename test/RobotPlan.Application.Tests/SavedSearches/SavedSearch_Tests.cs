using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using RobotPlan.CatalogListings;
using RobotPlan.Errors;
using RobotPlan.Notifications;
using RobotPlan.SavedSearches;
using RobotPlan.SeedWork;

namespace RobotPlan.Application.Tests.SavedSearches;

/// <summary>A buyer's saved search: nothing before the address is confirmed, each new match mailed once, nothing after unsubscribing.</summary>
public sealed partial class SavedSearch_Tests(RobotPlanTestHost host) : IClassFixture<RobotPlanTestHost>
{
    [GeneratedRegex("token=([A-Za-z0-9_-]+)")]
    private static partial Regex TokenPattern();

    private Task<T> Service<T>(Func<ISavedSearchAppService, Task<T>> call) =>
        host.WithScopeAsync(sp => call(sp.GetRequiredService<ISavedSearchAppService>()));

    private Task<int> RunAsync() => host.WithScopeAsync(sp => sp.GetRequiredService<SendSavedSearchMatchesJob>().RunAsync());

    private Task<List<OutboxEmail>> MailsToAsync(string to) =>
        host.WithDbAsync(db => db.Set<OutboxEmail>().AsNoTracking().Where(e => e.To == to).OrderBy(e => e.CreatedAt).ThenBy(e => e.Id).ToListAsync());

    private async Task<string> LastTokenAsync(string to) => TokenPattern().Match((await MailsToAsync(to))[^1].Body).Groups[1].Value;

    private async Task PublishAsync(string model)
    {
        host.Clock.Advance(TimeSpan.FromMinutes(5));
        await ListingTestPublisher.PublishAsync(host.Services, model, CatalogKind.FirstUnit, host.Today);
    }

    [Fact]
    public async Task Should_Mail_New_Matches_Once_Only_After_Confirmation_And_Never_After_Unsubscribing()
    {
        await host.LoginAsAsync(null);
        const string pallet = "pallet@buyer.example.cn", robots = "robots@buyer.example.cn", unconfirmed = "later@buyer.example.cn";
        (await Service(s => s.CreateAsync(new CreateSavedSearchDto { Email = pallet, Keyword = "码垛" }))).IsConfirmed.ShouldBeFalse();
        await Service(s => s.CreateAsync(new CreateSavedSearchDto { Email = robots, Keyword = "机器人", Catalog = CatalogKind.FirstUnit }));
        await Service(s => s.CreateAsync(new CreateSavedSearchDto { Email = unconfirmed, Keyword = "机器人" }));
        (await MailsToAsync(pallet)).ShouldHaveSingleItem().Body.ShouldContain("/saved-searches/confirm?token=");
        var palletToken = await LastTokenAsync(pallet);
        (await Service(s => s.ConfirmAsync(palletToken))).IsConfirmed.ShouldBeTrue();
        var robotsToken = await LastTokenAsync(robots);
        await Service(s => s.ConfirmAsync(robotsToken));

        await PublishAsync("LY-P180");
        (await RunAsync()).ShouldBe(2);
        (await RunAsync()).ShouldBe(0);

        var palletMails = await MailsToAsync(pallet);
        palletMails.Count.ShouldBe(2);
        palletMails[1].Body.ShouldContain("桁架码垛机器人");
        palletMails[1].UnsubscribeUrl.ShouldNotBeNull().ShouldContain("/api/public/saved-searches/unsubscribe?token=");
        (await MailsToAsync(unconfirmed)).Count.ShouldBe(1);

        // The robots search unsubscribes with the link of its digest; the pallet search does not match the welding robot.
        var unsubscribeToken = await LastTokenAsync(robots);
        var unsubscribed = await Service(s => s.UnsubscribeAsync(unsubscribeToken));
        unsubscribed.IsUnsubscribed.ShouldBeTrue();
        await PublishAsync("LY-W6");
        (await RunAsync()).ShouldBe(0);
        (await MailsToAsync(robots)).Count.ShouldBe(2);
        (await MailsToAsync(pallet)).Count.ShouldBe(2);
    }

    [Fact]
    public async Task Should_Refuse_Unknown_Tokens_And_Too_Many_Searches_For_One_Address()
    {
        await host.LoginAsAsync(null);
        await Should.ThrowAsync<EntityNotFoundException>(() => Service(s => s.ConfirmAsync("no-such-token-0123456789")));
        await Should.ThrowAsync<EntityNotFoundException>(() => Service(s => s.UnsubscribeAsync("no-such-token-0123456789")));
        for (var i = 0; i < SavedSearchConsts.MaxActivePerEmail; i++)
            await Service(s => s.CreateAsync(new CreateSavedSearchDto { Email = "many@buyer.example.cn", Keyword = "k" + i }));
        var refused = await Should.ThrowAsync<BusinessException>(() =>
            Service(s => s.CreateAsync(new CreateSavedSearchDto { Email = "many@buyer.example.cn", Keyword = "one more" })));
        refused.Code.ShouldBe(RobotPlanErrorCodes.SavedSearchLimitReached);
    }

    [Fact]
    public async Task Should_Count_One_Mailbox_However_It_Is_Spelled_When_Capping_Saved_Searches()
    {
        await host.LoginAsAsync(null);
        for (var i = 0; i < SavedSearchConsts.MaxActivePerEmail; i++)
            await Service(s => s.CreateAsync(new CreateSavedSearchDto { Email = "victim@example.cn", Keyword = "v" + i }));

        // Issue #14: upper case and padding made another subscriber, and the cap of 10 did not hold.
        var refused = await Should.ThrowAsync<BusinessException>(() =>
            Service(s => s.CreateAsync(new CreateSavedSearchDto { Email = "  VICTIM@EXAMPLE.CN ", Keyword = "one more" })));

        refused.Code.ShouldBe(RobotPlanErrorCodes.SavedSearchLimitReached);
        refused.Field.ShouldBe("email");
    }
}
