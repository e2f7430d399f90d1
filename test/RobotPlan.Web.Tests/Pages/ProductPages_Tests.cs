using System.Net;
using Microsoft.EntityFrameworkCore;
using RobotPlan.Web.Tests.Infrastructure;

namespace RobotPlan.Web.Tests.Pages;

/// <summary>The product and test-report pages render for the roles that use them, in zh-Hans by default.</summary>
public sealed class ProductPages_Tests(RobotPlanWebFactory factory) : IClassFixture<RobotPlanWebFactory>
{
    [Theory]
    [InlineData(RobotPlanTestData.EnterpriseAUser, "/Products/Index", "六轴焊接机器人")]
    [InlineData(RobotPlanTestData.EnterpriseAUser, "/Products/Create", "新建产品")]
    [InlineData(RobotPlanTestData.EnterpriseAUser, "/Products/Edit/{product}", "上传说明书")]
    [InlineData(RobotPlanTestData.DistrictReviewerOfA, "/Products/Details/{product}", "CQRT-2025-0101")]
    [InlineData(RobotPlanTestData.TestingBodyUser, "/TestReports/Index?status=Valid", "CQRT-2025-0101")]
    [InlineData(RobotPlanTestData.TestingBodyUser, "/TestReports/Issue", "企业统一社会信用代码")]
    [InlineData(RobotPlanTestData.TestingBodyUser, "/TestReports/Details/{report}", "撤回原因")]
    [InlineData(RobotPlanTestData.EnterpriseAUser, "/TestReports/Details/{report}", "所检项目符合")]
    public async Task Should_Render_Page_When_Role_Uses_It(string user, string path, string expected)
    {
        var product = await factory.WithDbAsync(db => db.Products.Where(p => p.Model == "LY-W6").Select(p => p.Id).SingleAsync());
        var report = await factory.WithDbAsync(db => db.TestReports.Where(r => r.Number == "CQRT-2025-0101").Select(r => r.Id).SingleAsync());
        var client = await factory.ClientForAsync(user);

        var response = await client.GetAsync(path.Replace("{product}", product.ToString()).Replace("{report}", report.ToString()));

        var html = await response.Content.ReadAsStringAsync();
        response.StatusCode.ShouldBe(HttpStatusCode.OK, html);
        html.ShouldContain(expected);
    }

    [Fact]
    public async Task Should_Not_Render_Another_Enterprises_Product_When_Enterprise_B()
    {
        var product = await factory.WithDbAsync(db => db.Products.Where(p => p.Model == "LY-W6").Select(p => p.Id).SingleAsync());
        var client = await factory.ClientForAsync(RobotPlanTestData.EnterpriseBUser);
        var response = await client.GetAsync($"/Products/Details/{product}");
        response.StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await response.Content.ReadAsStringAsync()).ShouldNotContain("六轴焊接机器人");
    }
}
