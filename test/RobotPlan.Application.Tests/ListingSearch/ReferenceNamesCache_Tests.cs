using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using RobotPlan.CatalogListings;
using RobotPlan.ListingSearch;
using RobotPlan.ReferenceData;

namespace RobotPlan.Application.Tests.ListingSearch;

/// <summary>
/// P-1: search results take category and jurisdiction names from a shared cache; an edit saved in this process shows
/// at once, a change made elsewhere (another node) after at most the cache's lifetime.
/// </summary>
public sealed class ReferenceNamesCache_Tests : RobotPlanTestHost, Xunit.IAsyncLifetime
{
    private CatalogListing _welding = null!;

    async Task Xunit.IAsyncLifetime.InitializeAsync()
    {
        await InitializeAsync();
        _welding = await ListingTestPublisher.PublishAsync(Services, "LY-W6", CatalogKind.FirstUnit, Today);
    }

    private async Task<(ListingSearchItemDto Item, ListingSearchResultDto Result)> SearchAsync()
    {
        var result = await WithScopeAsync(sp => sp.GetRequiredService<IListingSearchAppService>().SearchAsync(new SearchListingsInput { Keyword = "焊接" }));
        return (result.Items.ShouldHaveSingleItem(), result);
    }

    private async Task<T> AdminAsync<T>(Func<IReferenceDataAppService, Task<T>> call)
    {
        await LoginAsAsync(RobotPlanTestData.Administrator);
        return await WithScopeAsync(sp => call(sp.GetRequiredService<IReferenceDataAppService>()));
    }

    [Fact]
    public async Task Should_Show_A_Renamed_Category_And_Jurisdiction_In_The_Next_Search()
    {
        var (before, _) = await SearchAsync();
        before.CategoryName.ShouldNotBeNull();
        before.JurisdictionName.ShouldNotBeNull();

        await AdminAsync(s => s.RenameCategoryAsync(_welding.CategoryCode, new RenameCategoryDto { Name = "焊接类（更名）", NameEn = "Welding (renamed)" }));
        await AdminAsync(s => s.RenameJurisdictionAsync(_welding.JurisdictionId, new RenameJurisdictionDto { Name = "某区（更名）", NameEn = "Some District (renamed)" }));

        var (after, result) = await SearchAsync();
        after.CategoryName.ShouldBe("焊接类（更名）");
        after.JurisdictionName.ShouldBe("某区（更名）");
        result.Facets.Category.ShouldContain(f => f.Value == _welding.CategoryCode && f.Name == "焊接类（更名）");
        result.Facets.Jurisdiction.ShouldContain(f => f.Value == _welding.JurisdictionId.ToString() && f.Name == "某区（更名）");
        var page = await WithScopeAsync(sp => sp.GetRequiredService<IListingSearchAppService>().FindByNumberAsync(_welding.Number));
        page.ShouldNotBeNull().CategoryName.ShouldBe("焊接类（更名）");
    }

    [Fact]
    public async Task Should_Reuse_The_Names_Until_A_Change_Made_Elsewhere_Is_At_Most_One_Lifetime_Old()
    {
        var (before, _) = await SearchAsync();
        // As another node would: written to the database without this process's save (no interceptor sees it).
        await WithDbAsync(db => db.ProductCategories.Where(c => c.Code == _welding.CategoryCode)
            .ExecuteUpdateAsync(u => u.SetProperty(c => c.Name, "别处改名")));

        (await SearchAsync()).Item.CategoryName.ShouldBe(before.CategoryName);
        Clock.Advance(ReferenceNamesCache.Lifetime + TimeSpan.FromSeconds(1));
        (await SearchAsync()).Item.CategoryName.ShouldBe("别处改名");
    }
}
