using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using RobotPlan.CatalogListings;
using RobotPlan.EntityFrameworkCore.ListingSearch;
using RobotPlan.ListingSearch;

namespace RobotPlan.Application.Tests.ListingSearch;

/// <summary>
/// ADR 0006 (P-8): a 3-character keyword is one trigram row, answered inside the term index; a longer one is found
/// through its trigrams and confirmed in the listing's search text (its copy in SQLite's ActiveListingTexts, or in
/// PostgreSQL's search document).
/// </summary>
public sealed class ListingSearchTrigrams_Tests(ListingSearchTrigrams_Tests.Fixture fixture) : IClassFixture<ListingSearchTrigrams_Tests.Fixture>
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
    public async Task Should_Answer_A_Three_Character_Keyword_From_Its_Trigram_Without_Reading_The_Listing_Text()
    {
        var text = fixture.Welding.SearchText;
        // With the listing's text blanked, only the index can still know that 焊接机 is there, and that 焊机 is not.
        await SetSearchTextAsync("");
        try
        {
            (await CountAsync("焊接机")).ShouldBe(1);
            (await CountAsync("弧焊的")).ShouldBe(1);
            (await CountAsync("焊机")).ShouldBe(0);
            (await CountAsync("焊机器")).ShouldBe(0);
        }
        finally
        {
            await SetSearchTextAsync(text);
        }
    }

    [Fact]
    public async Task Should_Confirm_A_Longer_Keyword_In_The_Listing_Text()
    {
        var text = fixture.Welding.SearchText;
        (await CountAsync("焊接机器人")).ShouldBe(1);
        await SetSearchTextAsync("");
        try
        {
            // Its trigrams are all there; the text that would confirm the whole keyword is not.
            (await CountAsync("焊接机器人")).ShouldBe(0);
        }
        finally
        {
            await SetSearchTextAsync(text);
        }
    }

    [Fact]
    public async Task Should_Keep_One_Row_Per_Term_When_A_Listing_Is_Indexed_Again()
    {
        var number = fixture.Welding.Number;
        var expected = SearchTerms.ForIndexRows(fixture.Welding.SearchText).Count;
        (await IndexedTermCountAsync(number)).ShouldBe(expected);
        await fixture.WithScopeAsync(async sp =>
        {
            var db = sp.GetRequiredService<RobotPlan.EntityFrameworkCore.RobotPlanDbContext>();
            var listing = await db.Set<CatalogListing>().SingleAsync(l => l.Number == number);
            await sp.GetRequiredService<IListingSearchRepository>().ReindexAsync(listing, CancellationToken.None);
            await db.SaveChangesAsync();
        });
        (await IndexedTermCountAsync(number)).ShouldBe(expected);
        (await CountAsync("焊接机器人")).ShouldBe(1);
    }

    /// <summary>
    /// The listing's terms in the index: its term rows (SQLite), or the terms of its one document plus the empty term
    /// every document stands for (PostgreSQL, ADR 0006) — a second document would count twice.
    /// </summary>
    private Task<int> IndexedTermCountAsync(string number) => fixture.Provider == RobotPlan.EntityFrameworkCore.DatabaseProvider.PostgreSql
        ? fixture.WithDbAsync(async db => (await db.Set<ListingSearchDocument>().Where(d => d.Number == number).Select(d => d.Terms.Length).ToListAsync()).Sum() + 1)
        : fixture.WithDbAsync(db => db.Set<ListingSearchTerm>().CountAsync(t => t.Number == number));

    [Fact]
    public async Task Should_Find_A_Keyword_As_Long_As_A_Whole_Sentence() =>
        (await CountAsync("面向汽车零部件弧焊的六轴关节机器人")).ShouldBe(1);

    [Theory]
    [InlineData("焊接机器人ly")]      // the product name ends before the model's line
    [InlineData("六轴关节机器人工作站")]  // more than the description holds
    public async Task Should_Not_Match_Beyond_What_The_Text_Holds(string keyword) =>
        (await CountAsync(keyword)).ShouldBe(0);

    // The listing's text and the copy that long keywords are confirmed in alike.
    private async Task SetSearchTextAsync(string text)
    {
        var (listingId, number) = (fixture.Welding.Id, fixture.Welding.Number);
        await fixture.WithDbAsync(db => db.Set<CatalogListing>().Where(l => l.Id == listingId)
            .ExecuteUpdateAsync(u => u.SetProperty(l => l.SearchText, text)));
        await fixture.WithDbAsync(db => db.Model.FindEntityType(typeof(ActiveListingText)) is not null
            ? db.Set<ActiveListingText>().Where(s => s.Number == number).ExecuteUpdateAsync(u => u.SetProperty(s => s.Text, text))
            : db.Set<ListingSearchDocument>().Where(d => d.Number == number).ExecuteUpdateAsync(u => u.SetProperty(d => d.Text, text)));
        ForgetCachedCounts();
    }

    // Writing behind the app's back skips the re-indexing that clears the one-minute facet cache; a result counted
    // under the changed data must not answer a later search.
    private void ForgetCachedCounts() => fixture.Services.GetRequiredService<ListingSearchCache>().Invalidate();
}
