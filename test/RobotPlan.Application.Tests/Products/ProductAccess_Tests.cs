using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using RobotPlan.Products;
using RobotPlan.SeedWork;

namespace RobotPlan.Application.Tests.Products;

public sealed class ProductAccess_Tests(RobotPlanTestHost host) : IClassFixture<RobotPlanTestHost>
{
    private Task<T> Products<T>(Func<IProductAppService, Task<T>> call) =>
        host.WithScopeAsync(sp => call(sp.GetRequiredService<IProductAppService>()));

    private Task<Guid> ProductOfAsync(Guid enterpriseId) =>
        host.WithDbAsync(db => db.Products.Where(p => p.EnterpriseId == enterpriseId).Select(p => p.Id).FirstAsync());

    [Fact]
    public async Task Should_List_Only_Own_Products_When_Enterprise_User()
    {
        await host.LoginAsAsync(RobotPlanTestData.EnterpriseAUser);
        var page = await Products(s => s.GetListAsync(new GetProductsInput()));
        page.Items.Select(p => p.Model).Order().ShouldBe(["LY-G3", "LY-P180", "LY-W6"]); // lingyun's three demo products
        (await Products(s => s.GetListAsync(new GetProductsInput { EnterpriseId = host.Data.EnterpriseBId }))).TotalCount.ShouldBe(0);
    }

    [Fact]
    public async Task Should_List_Only_Own_Jurisdiction_When_District_Reviewer()
    {
        await host.LoginAsAsync(RobotPlanTestData.DistrictReviewerOfA);
        var page = await Products(s => s.GetListAsync(new GetProductsInput { MaxResultCount = 100 }));
        page.Items.ShouldNotBeEmpty();
        page.Items.ShouldAllBe(p => p.EnterpriseId == host.Data.EnterpriseAId);
        await Should.ThrowAsync<EntityNotFoundException>(async () => await Products(async s => await s.GetAsync(await ProductOfAsync(host.Data.EnterpriseBId))));
        (await Products(async s => await s.GetAsync(await ProductOfAsync(host.Data.EnterpriseAId)))).EnterpriseName.ShouldBe("重庆凌云智能装备有限公司");
    }

    [Fact]
    public async Task Should_See_All_Products_When_Municipal_Reviewer()
    {
        await host.LoginAsAsync(RobotPlanTestData.MunicipalReviewer);
        var page = await Products(s => s.GetListAsync(new GetProductsInput { MaxResultCount = 100 }));
        page.Items.Select(p => p.EnterpriseId).Distinct().Count().ShouldBe(4);
    }

    [Fact]
    public async Task Should_Filter_By_Keyword_And_Category()
    {
        await host.LoginAsAsync(RobotPlanTestData.MunicipalReviewer);
        (await Products(s => s.GetListAsync(new GetProductsInput { Keyword = "减速器" }))).Items.ShouldHaveSingleItem().Model.ShouldBe("RV-40E");
        (await Products(s => s.GetListAsync(new GetProductsInput { CategoryCode = "SR-REHAB" }))).Items.ShouldHaveSingleItem().Model.ShouldBe("BY-R1");
    }

    [Theory]
    [InlineData(RobotPlanTestData.TestingBodyUser)]
    [InlineData(RobotPlanTestData.Expert)]
    [InlineData(RobotPlanTestData.FinanceOfficer)]
    public async Task Should_Refuse_Permission_When_Role_Has_No_Product_Access(string user)
    {
        await host.LoginAsAsync(user);
        await Should.ThrowAsync<AuthorizationException>(() => Products(s => s.GetListAsync(new GetProductsInput())));
    }

    [Fact]
    public async Task Should_Refuse_Permission_When_Reviewer_Creates_Product()
    {
        await host.LoginAsAsync(RobotPlanTestData.MunicipalReviewer);
        await Should.ThrowAsync<AuthorizationException>(() => Products(s => s.CreateAsync(new CreateProductDto
        {
            Name = "x", Model = "MUN-1", CategoryCode = "IR-WELD",
        })));
    }
}
