using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using RobotPlan.CatalogListings;
using RobotPlan.ListingSearch;

namespace RobotPlan.Application.Tests.ListingSearch;

/// <summary>R-18 and ADR 0006: Chinese substring search from the term index, filters, facets, only Active and valid.</summary>
public sealed class ListingSearch_Tests(ListingSearch_Tests.Fixture fixture) : IClassFixture<ListingSearch_Tests.Fixture>
{
    public sealed class Fixture : RobotPlanTestHost, Xunit.IAsyncLifetime
    {
        public CatalogListing Welding = null!, Pallet = null!, Reducer = null!, Cobot = null!, Rehab = null!;

        // Re-implemented: xUnit calls the interface, and the base class's method is not virtual.
        async Task Xunit.IAsyncLifetime.InitializeAsync()
        {
            await InitializeAsync();
            Welding = await ListingTestPublisher.PublishAsync(Services, "LY-W6", CatalogKind.FirstUnit, Today);
            Pallet = await ListingTestPublisher.PublishAsync(Services, "LY-P180", CatalogKind.KeyProcurement, Today);
            Reducer = await ListingTestPublisher.PublishAsync(Services, "RV-40E", CatalogKind.FirstUnit, Today);
            Cobot = await ListingTestPublisher.PublishAsync(Services, "LJ-C7", CatalogKind.KeyProcurement, Today);
            Rehab = await ListingTestPublisher.PublishAsync(Services, "BY-R1", CatalogKind.KeyProcurement, Today.AddDays(10));
        }
    }

    private Task<ListingSearchResultDto> SearchAsync(SearchListingsInput input) =>
        fixture.WithScopeAsync(sp => sp.GetRequiredService<IListingSearchAppService>().SearchAsync(input));

    private async Task<string[]> NumbersAsync(string? keyword) =>
        [.. (await SearchAsync(new SearchListingsInput { Keyword = keyword })).Items.Select(i => i.Number).Order()];

    [Theory]
    [InlineData("减速器", "RV-40E")]     // 3 characters: bigrams intersected, then checked
    [InlineData("焊接机器人", "LY-W6")]   // 六轴焊接机器人
    [InlineData("焊", "LY-W6")]          // 1 character: the unigram
    [InlineData("码垛", "LY-P180")]       // 2 characters: the bigram
    [InlineData("rv-40", "RV-40E")]      // a model prefix, any case
    [InlineData("山城精密", "RV-40E")]     // the enterprise name
    [InlineData("力矩感知", "LJ-C7")]      // the description
    public async Task Should_Find_A_Listing_By_A_Substring(string keyword, string model)
    {
        var result = await SearchAsync(new SearchListingsInput { Keyword = keyword });
        result.Items.Select(i => i.ProductModel).ShouldBe([model]);
        result.TotalCount.ShouldBe(1);
    }

    [Fact]
    public async Task Should_Not_Match_Bigrams_That_Are_Not_Adjacent() =>
        // 焊接 and 机器 both occur in 六轴焊接机器人, but 焊机 does not.
        (await NumbersAsync("焊机")).ShouldBeEmpty();

    [Theory]
    [InlineData("\"焊接\"")]
    [InlineData("焊接*")]
    [InlineData("-焊接")]
    [InlineData("(焊接) OR")]
    [InlineData("%")]
    [InlineData("_")]
    [InlineData("' OR 1=1 --")]
    public async Task Should_Treat_Operators_As_Plain_Text(string keyword) =>
        await Should.NotThrowAsync(() => SearchAsync(new SearchListingsInput { Keyword = keyword }));

    [Fact]
    public async Task Should_Ignore_Operator_Characters_Around_A_Word() =>
        (await NumbersAsync("\"焊接\"*")).ShouldBe([fixture.Welding.Number]);

    [Fact]
    public async Task Should_Count_Facets_Over_The_Whole_Result()
    {
        var result = await SearchAsync(new SearchListingsInput { Keyword = "机器人", MaxResultCount = 1 });
        // Welding, pallet, cobot, and the reducer (its description says 工业机器人); rehab is not valid yet.
        result.TotalCount.ShouldBe(4);
        result.Items.Count.ShouldBe(1);
        result.Facets.Catalog.Sum(f => f.Count).ShouldBe(4);
        result.Facets.Catalog.Single(f => f.Value == nameof(CatalogKind.KeyProcurement)).Count.ShouldBe(2);
        result.Facets.Category.Single(f => f.Value == "IR-WELD").Name.ShouldNotBeNull();
        result.Facets.Jurisdiction.Sum(f => f.Count).ShouldBe(4);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("number")]
    [InlineData("number desc")]
    [InlineData("validTo desc")]
    [InlineData("productName")]
    [InlineData("enterpriseName desc")]
    public async Task Should_Page_A_Keyword_Result_In_The_Order_Asked(string? sorting)
    {
        // The keyword path sorts and pages the matching set in memory (dates, numbers) or in the database (names):
        // the pages must join up to the same order as the keyword-less path, which always sorts in the database.
        var all = (await SearchAsync(new SearchListingsInput { Keyword = "机器人", Sorting = sorting, MaxResultCount = 100 })).Items
            .Select(i => i.Number).ToList();
        all.Count.ShouldBe(4);
        var pages = new List<string>();
        for (var skip = 0; skip < 4; skip += 3)
            pages.AddRange((await SearchAsync(new SearchListingsInput { Keyword = "机器人", Sorting = sorting, SkipCount = skip, MaxResultCount = 3 }))
                .Items.Select(i => i.Number));
        pages.ShouldBe(all);
        var unfiltered = (await SearchAsync(new SearchListingsInput { Sorting = sorting, MaxResultCount = 100 })).Items
            .Select(i => i.Number).Where(all.Contains).ToList();
        all.ShouldBe(unfiltered);
    }

    [Theory]
    [InlineData(null, 0, 20)]
    [InlineData("机器人", 0, 20)]
    [InlineData("机器人", 1, 2)]
    [InlineData("焊", 0, 20)]
    [InlineData("码垛", 0, 20)]
    public async Task Should_Answer_The_Default_Order_As_Sorting_By_ValidFrom_Descending(string? keyword, int skip, int take)
    {
        // Issue #18: a one-term search in the default order is answered by compiled queries (DriverOnlySearch); an
        // explicit "validFrom desc" is the same order through the composed query: page, total and facets must agree.
        var compiled = await SearchAsync(new SearchListingsInput { Keyword = keyword, SkipCount = skip, MaxResultCount = take });
        var composed = await SearchAsync(new SearchListingsInput { Keyword = keyword, Sorting = "validFrom desc", SkipCount = skip, MaxResultCount = take });
        compiled.Items.ShouldBe(composed.Items);
        compiled.TotalCount.ShouldBe(composed.TotalCount);
        compiled.Facets.Category.ShouldBe(composed.Facets.Category);
        compiled.Facets.Catalog.ShouldBe(composed.Facets.Catalog);
        compiled.Facets.Jurisdiction.ShouldBe(composed.Facets.Jurisdiction);
        compiled.TotalCount.ShouldBeGreaterThan(0);
    }

    [Theory]
    [InlineData("机器人")]
    [InlineData("焊")]
    [InlineData("码垛")]
    [InlineData("rv-40")]
    [InlineData("减速器")]
    [InlineData("机器人 重庆")]
    [InlineData("焊接机器人 六轴")]
    [InlineData("焊接机器人 汽车零部件")]                       // two segments confirmed in term contexts
    [InlineData("六轴关节 面向汽车零部件弧焊的六轴关节机器人")]      // one in contexts, one too long for a window
    public async Task Should_Find_The_Same_Listings_From_The_Term_Rows_As_From_The_Listings(string keyword)
    {
        // Date and number sorts page from the term rows' copies of the listing columns (ADR 0006); a name sort pages the
        // listings themselves: both must see the same matches, total and facets, with and without a filter.
        foreach (var catalog in new CatalogKind?[] { null, CatalogKind.FirstUnit })
        {
            var fromTerms = await SearchAsync(new SearchListingsInput { Keyword = keyword, Catalog = catalog, MaxResultCount = 100 });
            var fromListings = await SearchAsync(new SearchListingsInput { Keyword = keyword, Catalog = catalog, Sorting = "productName", MaxResultCount = 100 });
            fromTerms.Items.Select(i => i.Number).Order().ShouldBe(fromListings.Items.Select(i => i.Number).Order(), keyword);
            fromTerms.TotalCount.ShouldBe(fromTerms.Items.Count);
            fromTerms.Facets.Category.Sum(f => f.Count).ShouldBe(fromTerms.TotalCount);
        }
        (await SearchAsync(new SearchListingsInput { Keyword = keyword })).TotalCount.ShouldBeGreaterThan(0, keyword);
    }

    [Fact]
    public async Task Should_Filter_By_Catalog_Category_Jurisdiction_And_Enterprise()
    {
        (await SearchAsync(new SearchListingsInput { Catalog = CatalogKind.FirstUnit })).Items.Select(i => i.ProductModel).Order()
            .ShouldBe(["LY-W6", "RV-40E"]);
        (await SearchAsync(new SearchListingsInput { Category = "IR-COBOT" })).Items.ShouldHaveSingleItem().ProductModel.ShouldBe("LJ-C7");
        (await SearchAsync(new SearchListingsInput { Jurisdiction = fixture.Data.JurisdictionBId })).Items.ShouldHaveSingleItem()
            .ProductModel.ShouldBe("RV-40E");
        (await SearchAsync(new SearchListingsInput { Enterprise = fixture.Data.EnterpriseAId, Keyword = "机器人" })).TotalCount.ShouldBe(2);
    }

    [Fact]
    public async Task Should_Show_Only_Listings_Valid_On_The_Date()
    {
        (await SearchAsync(new SearchListingsInput { Keyword = "康复" })).TotalCount.ShouldBe(0);
        (await SearchAsync(new SearchListingsInput { Keyword = "康复", ValidOn = fixture.Today.AddDays(10) })).TotalCount.ShouldBe(1);
        (await SearchAsync(new SearchListingsInput { Keyword = "焊接", ValidOn = fixture.Welding.ValidTo })).TotalCount.ShouldBe(0);
    }

    [Fact]
    public async Task Should_Hide_A_Suspended_Listing_And_Show_It_Again_When_Reinstated()
    {
        await fixture.LoginAsAsync(RobotPlanTestData.MunicipalReviewer);
        var change = new ChangeListingStatusDto { Reason = "证据核查", DocumentNumber = "渝经信函〔2025〕8号", DocumentDate = fixture.Today };
        await fixture.WithScopeAsync(sp => sp.GetRequiredService<ICatalogListingAppService>().SuspendAsync(fixture.Pallet.Id, change));
        (await NumbersAsync("码垛")).ShouldBeEmpty();

        await fixture.WithScopeAsync(sp => sp.GetRequiredService<ICatalogListingAppService>().ReinstateAsync(fixture.Pallet.Id, change));
        (await NumbersAsync("码垛")).ShouldBe([fixture.Pallet.Number]);
    }

    [Fact]
    public async Task Should_Keep_A_Revoked_Listing_Public_But_Not_Searchable()
    {
        var extra = await ListingTestPublisher.PublishAsync(fixture.Services, "LY-W6", CatalogKind.KeyProcurement, fixture.Today);
        await fixture.LoginAsAsync(RobotPlanTestData.MunicipalReviewer);
        await fixture.WithScopeAsync(sp => sp.GetRequiredService<ICatalogListingAppService>().RevokeAsync(extra.Id,
            new ChangeListingStatusDto { Reason = "弄虚作假", DocumentNumber = "渝经信发〔2025〕99号", DocumentDate = fixture.Today }));

        (await SearchAsync(new SearchListingsInput { Keyword = "焊接", Catalog = CatalogKind.KeyProcurement })).TotalCount.ShouldBe(0);
        var page = await fixture.WithScopeAsync(sp => sp.GetRequiredService<IListingSearchAppService>().FindByNumberAsync(extra.Number));
        page.ShouldNotBeNull().Status.ShouldBe(CatalogListingStatus.Revoked);
        page.IsSearchable.ShouldBeFalse();
        page.History.Last().DocumentNumber.ShouldBe("渝经信发〔2025〕99号");
        page.Reports.ShouldNotBeEmpty();
    }

    [Fact]
    public async Task Should_Keep_A_Listings_Confirming_Text_Only_While_It_Is_Active()
    {
        var extra = await ListingTestPublisher.PublishAsync(fixture.Services, "LJ-C7", CatalogKind.FirstUnit, fixture.Today);
        // SQLite's ActiveListingTexts row, or PostgreSQL's search document that carries the text.
        Task<string[]> TextsAsync() => fixture.WithDbAsync(db => db.Model.FindEntityType(typeof(ActiveListingText)) is not null
            ? db.Set<ActiveListingText>().Where(t => t.Number == extra.Number).Select(t => t.Text).ToArrayAsync()
            : db.Set<ListingSearchDocument>().Where(d => d.Number == extra.Number).Select(d => d.Text).ToArrayAsync());
        (await TextsAsync()).ShouldBe([extra.SearchText]);

        await fixture.LoginAsAsync(RobotPlanTestData.MunicipalReviewer);
        await fixture.WithScopeAsync(sp => sp.GetRequiredService<ICatalogListingAppService>().RevokeAsync(extra.Id,
            new ChangeListingStatusDto { Reason = "弄虚作假", DocumentNumber = "渝经信发〔2025〕98号", DocumentDate = fixture.Today }));
        (await TextsAsync()).ShouldBeEmpty();
    }
}
