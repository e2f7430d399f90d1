using System.Text.Json;
using RobotPlan.Data;
using RobotPlan.Web.Tests.Infrastructure;

namespace RobotPlan.Web.Tests.Pages;

/// <summary>A newcomer's Development start shows a living catalog (issue: "so a newcomer sees a living system").</summary>
public sealed class DemoCatalog_Tests(RobotPlanWebFactory factory) : IClassFixture<RobotPlanWebFactory>
{
    private static JsonElement Json(string body) => JsonDocument.Parse(body).RootElement;

    [Fact]
    public async Task Should_Let_A_Buyer_Find_Last_Years_Listings_By_A_Chinese_Substring()
    {
        var result = Json(await (await factory.ClientForAsync(null)).GetStringAsync("/api/public/listings?keyword=减速器"));
        result.GetProperty("totalCount").GetInt32().ShouldBeGreaterThanOrEqualTo(1);
        result.GetProperty("items")[0].GetProperty("number").GetString().ShouldStartWith("SDT-");
    }

    [Fact]
    public async Task Should_Show_A_Running_Public_Notice()
    {
        var result = Json(await (await factory.ClientForAsync(null)).GetStringAsync("/api/public/notices"));
        result.GetProperty("totalCount").GetInt32().ShouldBeGreaterThanOrEqualTo(1);
    }

    [Theory]
    [InlineData(DemoUsers.DistrictYubei)]
    [InlineData(DemoUsers.Municipal)]
    public async Task Should_Give_Reviewers_Files_Waiting_In_Their_Task_List(string reviewer)
    {
        var tasks = Json(await (await factory.ClientForAsync(reviewer)).GetStringAsync("/api/app/catalog-applications/tasks"));
        tasks.GetArrayLength().ShouldBeGreaterThanOrEqualTo(1);
    }
}
