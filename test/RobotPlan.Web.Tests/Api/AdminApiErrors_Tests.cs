using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using RobotPlan.Errors;
using RobotPlan.Web.Tests.Infrastructure;

namespace RobotPlan.Web.Tests.Api;

public sealed class AdminApiErrors_Tests(RobotPlanWebFactory factory) : IClassFixture<RobotPlanWebFactory>
{
    private const string MissingYearUrl = "/api/public/calendar/notice-end?start=2099-12-28&workingDays=5";

    [Fact]
    public async Task Should_Compute_R15_Example_Over_Http()
    {
        var client = await factory.ClientForAsync(null);
        var end = await client.GetFromJsonAsync<JsonElement>("/api/public/calendar/notice-end?start=2025-09-26&workingDays=5");

        end.GetProperty("endsOn").GetString().ShouldBe("2025-10-09");
        end.GetProperty("endsAtUtc").GetDateTime().ShouldBe(new DateTime(2025, 10, 9, 16, 0, 0, DateTimeKind.Utc));
    }

    [Fact]
    public async Task Should_Answer_Error_Title_In_The_Requested_Language()
    {
        var english = await ProblemAsync(await factory.ClientForAsync(null, acceptLanguage: "en"));
        var chinese = await ProblemAsync(await factory.ClientForAsync(null));

        english.GetProperty("code").GetString().ShouldBe(RobotPlanErrorCodes.CalendarYearMissing);
        english.GetProperty("title").GetString()!.ShouldStartWith("The holiday calendar for 2099");
        chinese.GetProperty("code").GetString().ShouldBe(RobotPlanErrorCodes.CalendarYearMissing);
        chinese.GetProperty("title").GetString()!.ShouldContain("2099 年");
    }

    [Fact]
    public async Task Should_Write_Audit_Log_With_The_Status_Of_A_Failed_Request()
    {
        await ProblemAsync(await factory.ClientForAsync(RobotPlanTestData.Administrator));

        var log = await factory.WithDbAsync(db => db.AuditLogs.Where(l => l.Url.Contains("start=2099-12-28"))
            .OrderByDescending(l => l.ExecutionTime).FirstAsync());
        log.StatusCode.ShouldBe(422);
        log.UserName.ShouldBe(RobotPlanTestData.Administrator);
        log.Exception.ShouldBe(typeof(RobotPlan.SeedWork.BusinessException).FullName);
    }

    [Fact]
    public async Task Should_Record_Entity_Changes_Readable_In_The_Audit_Log_Api()
    {
        // 三员分立: the system administrator's change is read by the audit administrator (signed in first: its own
        // sign-in is a POST the audit log records, too).
        var auditor = await factory.ClientForAsync(RobotPlanTestData.AuditAdministrator);
        var admin = await factory.ClientForAsync(RobotPlanTestData.Administrator);
        (await admin.PostAsJsonAsync("/api/app/calendar/years", new { year = 2095, source = "审计测试" })).EnsureSuccessStatusCode();

        var page = await auditor.GetFromJsonAsync<JsonElement>("/api/app/audit-logs?httpMethod=POST&maxResultCount=1");

        var newest = page.GetProperty("items")[0];
        newest.GetProperty("url").GetString().ShouldBe("/api/app/calendar/years");
        newest.GetProperty("entityChanges").EnumerateArray().ShouldContain(c => c.GetProperty("entityType").GetString() == "CalendarYear");
    }

    [Fact]
    public async Task Should_Never_Return_Password_Hash_Or_Security_Stamp()
    {
        var admin = await factory.ClientForAsync(RobotPlanTestData.Administrator);
        var json = await admin.GetStringAsync("/api/app/users?maxResultCount=100");

        json.ShouldContain("\"userName\"");
        json.ShouldNotContain("passwordHash", Case.Insensitive);
        json.ShouldNotContain("securityStamp", Case.Insensitive);
        json.ShouldNotContain("AQAAAA"); // the prefix of Identity's V3 password hashes
    }

    private static async Task<JsonElement> ProblemAsync(HttpClient client)
    {
        using var response = await client.GetAsync(MissingYearUrl);
        response.StatusCode.ShouldBe(HttpStatusCode.UnprocessableEntity);
        return await response.Content.ReadFromJsonAsync<JsonElement>();
    }
}
