using System.Net;
using RobotPlan.Web.Tests.Infrastructure;

namespace RobotPlan.Web.Tests.Pages;

public sealed class AdminPages_Tests(RobotPlanWebFactory factory) : IClassFixture<RobotPlanWebFactory>
{
    /// <summary>三员分立 (issue #14): each administrator's pages.</summary>
    public static TheoryData<string, string> AdminPages() => new()
    {
        { RobotPlanTestData.Administrator, "/Admin/Users/Index" },
        { RobotPlanTestData.Administrator, "/Admin/Users/Create" },
        { RobotPlanTestData.Administrator, "/Admin/Users/Index?role=enterprise&pageNumber=1" },
        { RobotPlanTestData.Administrator, "/Admin/ReferenceData/Index" },
        { RobotPlanTestData.Administrator, "/Admin/Calendar/Index" },
        { RobotPlanTestData.Administrator, "/Enterprises/Index" },
        { RobotPlanTestData.Administrator, "/Enterprises/Index?keyword=重庆" },
        { RobotPlanTestData.SecurityAdministrator, "/Admin/Users/Index" },
        { RobotPlanTestData.SecurityAdministrator, "/Admin/Users/Index?role=finance-officer" },
        { RobotPlanTestData.AuditAdministrator, "/Admin/AuditLogs/Index" },
        { RobotPlanTestData.AuditAdministrator, "/Admin/AuditLogs/Index?Filter.StatusCode=422" },
        { RobotPlanTestData.AuditAdministrator, "/Admin/HistoryChain" },
    };

    [Theory]
    [MemberData(nameof(AdminPages))]
    public async Task Should_Render_For_Its_Administrator(string userName, string url)
    {
        var admin = await PageClient.SignedInAsync(factory, userName);
        using var response = await admin.Http.GetAsync(url);
        response.StatusCode.ShouldBe(HttpStatusCode.OK, await response.Content.ReadAsStringAsync());
    }

    /// <summary>三员分立: no administrator opens another's area.</summary>
    public static TheoryData<string, string> OtherAreas() => new()
    {
        { RobotPlanTestData.Administrator, "/Admin/AuditLogs/Index" },
        { RobotPlanTestData.Administrator, "/Admin/HistoryChain" },
        { RobotPlanTestData.SecurityAdministrator, "/Admin/Users/Create" },
        { RobotPlanTestData.SecurityAdministrator, "/Admin/ReferenceData/Index" },
        { RobotPlanTestData.SecurityAdministrator, "/Admin/Calendar/Index" },
        { RobotPlanTestData.SecurityAdministrator, "/Admin/AuditLogs/Index" },
        { RobotPlanTestData.AuditAdministrator, "/Admin/Users/Index" },
        { RobotPlanTestData.AuditAdministrator, "/Admin/Calendar/Index" },
        { RobotPlanTestData.AuditAdministrator, "/hangfire" },
    };

    [Theory]
    [MemberData(nameof(OtherAreas))]
    public async Task Should_Keep_Each_Administrator_Out_Of_The_Others_Pages(string userName, string url)
    {
        var admin = await PageClient.SignedInAsync(factory, userName);
        using var response = await admin.Http.GetAsync(url);
        if (response.StatusCode == HttpStatusCode.Redirect)
            response.Headers.Location!.OriginalString.ShouldContain("/Account/AccessDenied");
        else
            response.StatusCode.ShouldBe(HttpStatusCode.Forbidden);
    }

    [Fact]
    public async Task Should_Show_Only_The_Security_Administrators_Actions_To_It()
    {
        var security = await PageClient.SignedInAsync(factory, RobotPlanTestData.SecurityAdministrator);
        var html = await security.Http.GetStringAsync("/Admin/Users/Index?role=finance-officer");
        html.ShouldContain("handler=Lock");
        html.ShouldContain("handler=ResetTwoFactor");
        html.ShouldNotContain("handler=ResetPassword");
        html.ShouldNotContain("data-testid=\"user-create\"");
        var system = await PageClient.SignedInAsync(factory, RobotPlanTestData.Administrator);
        var systemHtml = await system.Http.GetStringAsync("/Admin/Users/Index?role=finance-officer");
        systemHtml.ShouldContain("handler=ResetPassword");
        systemHtml.ShouldNotContain("handler=Lock");
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
