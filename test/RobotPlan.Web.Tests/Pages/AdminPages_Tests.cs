using System.Net;
using RobotPlan.Web.Tests.Infrastructure;

namespace RobotPlan.Web.Tests.Pages;

public sealed class AdminPages_Tests(RobotPlanWebFactory factory) : IClassFixture<RobotPlanWebFactory>
{
    public static TheoryData<string> AdminPages() =>
    [
        "/Admin/Users/Index", "/Admin/Users/Create", "/Admin/Users/Index?role=enterprise&pageNumber=1", "/Admin/ReferenceData/Index",
        "/Admin/Calendar/Index", "/Admin/AuditLogs/Index", "/Admin/AuditLogs/Index?Filter.StatusCode=422", "/Enterprises/Index",
        "/Enterprises/Index?keyword=重庆",
    ];

    [Theory]
    [MemberData(nameof(AdminPages))]
    public async Task Should_Render_For_Administrator(string url)
    {
        var admin = await PageClient.SignedInAsync(factory, RobotPlanTestData.Administrator);
        using var response = await admin.Http.GetAsync(url);
        response.StatusCode.ShouldBe(HttpStatusCode.OK, await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task Should_Keep_Enterprise_Users_Out_Of_Administration()
    {
        var enterprise = await PageClient.SignedInAsync(factory, RobotPlanTestData.EnterpriseAUser);
        using var response = await enterprise.Http.GetAsync("/Admin/AuditLogs/Index");
        response.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        response.Headers.Location!.OriginalString.ShouldContain("/Account/AccessDenied");
    }

    [Fact]
    public async Task Should_List_Only_Own_District_On_Enterprise_Index()
    {
        var reviewer = await PageClient.SignedInAsync(factory, RobotPlanTestData.DistrictReviewerOfA);
        var html = await reviewer.Http.GetStringAsync("/Enterprises/Index");
        html.ShouldContain(RobotPlanTestData.EnterpriseAUscc);
        html.ShouldNotContain(RobotPlanTestData.EnterpriseBUscc);
        (await reviewer.Http.GetAsync($"/Enterprises/Details/{factory.Data.EnterpriseBId}")).StatusCode.ShouldBe(HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task Should_Add_Calendar_Year_From_The_Page()
    {
        var admin = await PageClient.SignedInAsync(factory, RobotPlanTestData.Administrator);
        using var response = await admin.PostFormAsync("/Admin/Calendar/Index", "/Admin/Calendar/Index?handler=AddYear",
            new() { ["input.Year"] = "2088", ["input.Source"] = "页面测试通知" });
        response.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        (await admin.Http.GetStringAsync("/Admin/Calendar/Index")).ShouldContain("页面测试通知");
    }
}
