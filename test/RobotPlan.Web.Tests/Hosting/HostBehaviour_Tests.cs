using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using RobotPlan.Data;
using RobotPlan.Web.Tests.Infrastructure;

namespace RobotPlan.Web.Tests.Hosting;

public sealed class HostBehaviour_Tests(RobotPlanWebFactory factory) : IClassFixture<RobotPlanWebFactory>
{
    [Fact]
    public async Task Should_Report_Ready_When_Database_And_Job_Storage_Answer()
    {
        var client = await factory.ClientForAsync(null);
        (await client.GetAsync("/health/live")).StatusCode.ShouldBe(HttpStatusCode.OK);
        var ready = await client.GetAsync("/health/ready");
        ready.StatusCode.ShouldBe(HttpStatusCode.OK);
        (await ready.Content.ReadAsStringAsync()).ShouldBe("Healthy");
    }

    [Fact]
    public async Task Should_Send_Security_Headers_On_Pages()
    {
        var response = await (await factory.ClientForAsync(null)).GetAsync("/");
        response.Headers.GetValues("Content-Security-Policy").Single().ShouldContain("frame-ancestors 'none'");
        response.Headers.GetValues("X-Content-Type-Options").Single().ShouldBe("nosniff");
        response.Headers.GetValues("X-Frame-Options").Single().ShouldBe("DENY");
    }

    [Fact]
    public async Task Should_Render_Home_In_Chinese_By_Default_And_English_On_Request()
    {
        var chinese = await (await factory.ClientForAsync(null)).GetStringAsync("/");
        chinese.ShouldContain("重庆市机器人产业高质量发展");
        chinese.ShouldContain("lang=\"zh-Hans\"");
        var english = await (await factory.ClientForAsync(null, acceptLanguage: "en")).GetStringAsync("/");
        english.ShouldContain("Chongqing robot industry: catalogs and subsidies");
    }

    [Fact]
    public async Task Should_Redirect_Anonymous_Visitor_Of_Job_Dashboard_To_Login()
    {
        var response = await (await factory.ClientForAsync(null)).GetAsync("/hangfire");
        response.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        response.Headers.Location!.ToString().ShouldContain("/Account/Login");
    }

    [Fact]
    public async Task Should_Open_Job_Dashboard_Only_For_Administrators()
    {
        (await (await factory.ClientForAsync(RobotPlanTestData.Administrator)).GetAsync("/hangfire")).StatusCode.ShouldBe(HttpStatusCode.OK);
        (await (await factory.ClientForAsync(RobotPlanTestData.MunicipalReviewer)).GetAsync("/hangfire")).StatusCode.ShouldBe(HttpStatusCode.Forbidden);
    }

    [Fact]
    public async Task Should_Refuse_Wrong_Password_With_Localized_Problem()
    {
        var client = await factory.ClientForAsync(null, acceptLanguage: "en");
        var response = await client.PostAsJsonAsync("/api/account/token", new { userName = DemoUsers.Finance2, password = "wrong-password#1" });
        response.StatusCode.ShouldBe(HttpStatusCode.Unauthorized);
        var problem = JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement;
        problem.GetProperty("code").GetString().ShouldBe("RobotPlan:Account.LoginFailed");
        problem.GetProperty("title").GetString().ShouldBe("Wrong user name, password or code, or the account is temporarily locked.");
    }

    [Fact]
    public async Task Should_Lock_Account_For_15_Minutes_After_Five_Failed_Logins_And_Say_So_No_Differently()
    {
        var client = await factory.ClientForAsync(null);
        var wrong = new List<string>();
        for (var i = 0; i < 5; i++)
            wrong.Add(await (await client.PostAsJsonAsync("/api/account/token", new { userName = DemoUsers.EnterpriseBayu, password = "wrong-password#1" }))
                .Content.ReadAsStringAsync());

        var response = await client.PostAsJsonAsync("/api/account/token", new { userName = DemoUsers.EnterpriseBayu, password = DemoUsers.Password });

        // Issue #14: the right password on a locked account reads exactly like a wrong one (no account enumeration).
        response.StatusCode.ShouldBe(HttpStatusCode.Unauthorized);
        var locked = await response.Content.ReadAsStringAsync();
        locked.ShouldContain("RobotPlan:Account.LoginFailed");
        Visible(locked).ShouldBe(Visible(wrong[0]));
        var lockoutEnd = await factory.WithDbAsync(db => db.Users.Where(u => u.UserName == DemoUsers.EnterpriseBayu).Select(u => u.LockoutEnd).SingleAsync());
        lockoutEnd!.Value.ShouldBeInRange(DateTimeOffset.UtcNow.AddMinutes(14), DateTimeOffset.UtcNow.AddMinutes(15));
    }

    /// <summary>What a client can tell answers apart by: status, code and message (not the per-request trace id).</summary>
    private static string Visible(string problemJson)
    {
        var problem = JsonDocument.Parse(problemJson).RootElement;
        return $"{problem.GetProperty("status")} {problem.GetProperty("code")} {problem.GetProperty("title")}";
    }

    [Fact]
    public async Task Should_Serve_OpenApi_Document_Listing_The_Api()
    {
        var document = await (await factory.ClientForAsync(null)).GetStringAsync("/openapi/v1.json");
        document.ShouldContain("/api/app/enterprises");
        document.ShouldContain("/api/account/token");
        (await (await factory.ClientForAsync(null)).GetAsync("/scalar/")).StatusCode.ShouldBe(HttpStatusCode.OK);
    }

    [Fact]
    public async Task Should_Echo_Correlation_Id()
    {
        var client = await factory.ClientForAsync(null);
        client.DefaultRequestHeaders.Add("X-Correlation-Id", "test-correlation-42");
        var response = await client.GetAsync("/health/live");
        response.Headers.GetValues("X-Correlation-Id").Single().ShouldBe("test-correlation-42");
    }

    [Fact]
    public void Should_Register_Recurring_Jobs_With_Their_Constant_Ids()
    {
        using var connection = factory.Services.GetRequiredService<Hangfire.JobStorage>().GetConnection();
        Hangfire.Storage.StorageConnectionExtensions.GetRecurringJobs(connection).Select(j => j.Id)
            .ShouldContain(RobotPlan.BackgroundJobs.RobotPlanJobIds.ExpireTestReports);
    }

    [Fact]
    public async Task Should_Answer_409_When_Saving_A_Stale_Version_Over_Http()
    {
        var client = await factory.ClientForAsync(RobotPlanTestData.EnterpriseBUser);
        var mine = JsonDocument.Parse(await client.GetStringAsync("/api/app/enterprises/mine")).RootElement;
        object Edit(string address) => new
        {
            legalName = mine.GetProperty("legalName").GetString(),
            address,
            contact = new { name = "王经理", phone = "023-68000000", email = "b@example.cn" },
            concurrencyStamp = mine.GetProperty("concurrencyStamp").GetString(),
        };
        var url = $"/api/app/enterprises/{mine.GetProperty("id").GetString()}";

        (await client.PutAsJsonAsync(url, Edit("九龙坡区 一号"))).StatusCode.ShouldBe(HttpStatusCode.OK);
        var stale = await client.PutAsJsonAsync(url, Edit("九龙坡区 二号"));

        stale.StatusCode.ShouldBe(HttpStatusCode.Conflict);
        (await stale.Content.ReadAsStringAsync()).ShouldContain("RobotPlan:ConcurrencyConflict");
    }

    [Fact]
    public async Task Should_Name_Fields_In_The_Users_Language_In_Validation_Messages()
    {
        var client = await factory.ClientForAsync(null);
        var response = await client.PostAsJsonAsync("/api/public/account/register-enterprise", new { userName = "abc" });
        var body = await response.Content.ReadAsStringAsync();
        body.ShouldContain("统一社会信用代码 为必填项");
    }

    [Fact]
    public async Task Should_Show_Access_Denied_Page_With_403()
    {
        var response = await (await factory.ClientForAsync(null)).GetAsync("/Account/AccessDenied");
        response.StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        (await response.Content.ReadAsStringAsync()).ShouldContain("无权访问");
    }
}
