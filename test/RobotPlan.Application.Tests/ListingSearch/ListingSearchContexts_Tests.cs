using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using RobotPlan.CatalogListings;
using RobotPlan.EntityFrameworkCore.ListingSearch;
using RobotPlan.ListingSearch;

namespace RobotPlan.Application.Tests.ListingSearch;

/// <summary>
/// ADR 0006, third revision: a keyword segment longer than one term is confirmed in its driving bigram's contexts, inside
/// the term index; the listing's own text is read only when the segment is too long for a window or the bigram kept none.
/// </summary>
public sealed class ListingSearchContexts_Tests(ListingSearchContexts_Tests.Fixture fixture) : IClassFixture<ListingSearchContexts_Tests.Fixture>
{
    public sealed class Fixture : RobotPlanTestHost, Xunit.IAsyncLifetime
    {
        public CatalogListing Welding = null!;

        async Task Xunit.IAsyncLifetime.InitializeAsync()
        {
            await InitializeAsync();
            // 六轴焊接机器人 / LY-W6 / 面向汽车零部件弧焊的六轴关节机器人。
            Welding = await ListingTestPublisher.PublishAsync(Services, "LY-W6", CatalogKind.FirstUnit, Today);
        }
    }

    // The page's items, never cached (the total may come from the one-minute facet cache).
    private async Task<int> CountAsync(string keyword) =>
        (await fixture.WithScopeAsync(sp => sp.GetRequiredService<IListingSearchAppService>().SearchAsync(new SearchListingsInput { Keyword = keyword })))
        .Items.Count;

    [Fact]
    public async Task Should_Confirm_A_Longer_Keyword_From_The_Term_Contexts_Without_Reading_The_Listing_Text()
    {
        var text = fixture.Welding.SearchText;
        // With the listing's text blanked, only the index can still know that 焊接机器人 is there.
        await SetSearchTextAsync("");
        try
        {
            (await CountAsync("焊接机器人")).ShouldBe(1);
            (await CountAsync("零部件弧焊的六轴关节机器")).ShouldBe(1);
            (await CountAsync("焊机")).ShouldBe(0);
        }
        finally
        {
            await SetSearchTextAsync(text);
        }
    }

    [Fact]
    public async Task Should_Fall_Back_To_The_Listing_Text_When_The_Bigram_Kept_No_Contexts()
    {
        var listingId = fixture.Welding.Id;
        await fixture.WithDbAsync(db => db.Set<ListingSearchTerm>().Where(t => t.ListingId == listingId)
            .ExecuteUpdateAsync(u => u.SetProperty(t => t.Contexts, (string?)null)));
        ForgetCachedCounts();
        try
        {
            (await CountAsync("焊接机器人")).ShouldBe(1);
            (await CountAsync("焊机")).ShouldBe(0);
        }
        finally
        {
            // Re-indexing as a status change would: the rows get their contexts back.
            await fixture.WithScopeAsync(async sp =>
            {
                var db = sp.GetRequiredService<RobotPlan.EntityFrameworkCore.RobotPlanDbContext>();
                var listing = await db.Set<CatalogListing>().SingleAsync(l => l.Id == listingId);
                await sp.GetRequiredService<IListingSearchRepository>().ReindexAsync(listing, CancellationToken.None);
                await db.SaveChangesAsync();
            });
        }
        (await fixture.WithDbAsync(db => db.Set<ListingSearchTerm>().CountAsync(t => t.ListingId == listingId && t.Term == "焊接" && t.Contexts != null)))
            .ShouldBe(1);
    }

    [Fact]
    public async Task Should_Check_A_Keyword_Longer_Than_Any_Window_Against_The_Listing_Text() =>
        (await CountAsync("面向汽车零部件弧焊的六轴关节机器人")).ShouldBe(1);

    [Theory]
    [InlineData("焊接机器人ly")]      // the product name ends before the model's line
    [InlineData("六轴关节机器人工作站")]  // more than the description holds
    public async Task Should_Not_Match_Beyond_What_The_Text_Holds(string keyword) =>
        (await CountAsync(keyword)).ShouldBe(0);

    private async Task SetSearchTextAsync(string text)
    {
        var listingId = fixture.Welding.Id;
        await fixture.WithDbAsync(db => db.Set<CatalogListing>().Where(l => l.Id == listingId)
            .ExecuteUpdateAsync(u => u.SetProperty(l => l.SearchText, text)));
        ForgetCachedCounts();
    }

    // Writing behind the app's back skips the re-indexing that clears the one-minute facet cache; a result counted
    // under the changed data must not answer a later search.
    private void ForgetCachedCounts() => fixture.Services.GetRequiredService<ListingSearchCache>().Invalidate();
}
