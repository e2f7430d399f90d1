using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using RobotPlan.Web.Tests.Infrastructure;

namespace RobotPlan.Web.Tests.Api;

/// <summary>S-D on the administration endpoints: bad input is a 400 ProblemDetails naming the field, and nothing changes.</summary>
public sealed class AdminApiBadInput_Tests(RobotPlanWebFactory factory) : IClassFixture<RobotPlanWebFactory>
{
    private static readonly string Long = new('长', 300);

    public static TheoryData<string, string, string?, string> Cases() => new()
    {
        { "POST", "/api/app/calendar/years", "{\"year\": 2030, \"source\": ", "source" },
        { "POST", "/api/app/calendar/years", "{\"year\": \"abc\", \"source\": \"x\"}", "year" },
        { "POST", "/api/app/calendar/years", "{\"year\": 99999, \"source\": \"x\"}", "year" },
        { "POST", "/api/app/calendar/years", $"{{\"year\": 2031, \"source\": \"{Long}\"}}", "source" },
        { "POST", "/api/app/calendar/days", "{\"date\": \"2025-13-45\", \"kind\": \"Holiday\"}", "date" },
        { "POST", "/api/app/calendar/days", "{\"date\": \"2025-03-13\", \"kind\": \"Weekend\"}", "kind" },
        { "POST", "/api/app/calendar/days", "{\"date\": \"2025-03-13\", \"kind\": 1}", "kind" },
        { "PUT", "/api/app/calendar/days/2025-02-30", "{\"kind\": \"Holiday\"}", "date" },
        { "GET", "/api/public/calendar/notice-end?start=2025-02-30&workingDays=5", null, "start" },
        { "GET", "/api/public/calendar/notice-end?start=2025-09-26&workingDays=0", null, "workingDays" },
        { "GET", "/api/public/calendar/notice-end?start=99999-01-01", null, "start" },
        { "POST", "/api/app/users", $"{{\"userName\": \"{new string('u', 100)}\", \"password\": \"Secret#2025abc\", \"displayName\": \"x\", \"role\": \"expert\"}}", "userName" },
        { "POST", "/api/app/users", "{\"userName\": \"x' OR 1=1 --\", \"password\": \"Secret#2025abc\", \"displayName\": \"x\", \"role\": \"expert\"}", "userName" },
        { "POST", "/api/app/users", "{\"userName\": \"typed\", \"password\": \"Secret#2025abc\", \"displayName\": \"x\", \"role\": \"enterprise\", \"enterpriseId\": \"not-a-guid\"}", "enterpriseId" },
        { "POST", "/api/app/reference-data/categories", "{\"code\": \"bad code!\", \"name\": \"x\", \"nameEn\": \"x\"}", "code" },
        { "POST", "/api/app/reference-data/testing-bodies", $"{{\"name\": \"{Long}\"}}", "name" },
        { "POST", "/api/app/reference-data/testing-bodies", "{\"name\": \"x\", \"isActive\": \"yes\"}", "isActive" },
        { "GET", "/api/app/audit-logs?statusCode=abc", null, "statusCode" },
        { "GET", "/api/app/users?maxResultCount=100000", null, "maxResultCount" },
    };

    [Theory]
    [MemberData(nameof(Cases))]
    public async Task Should_Answer_400_Naming_The_Field_And_Change_Nothing(string method, string url, string? body, string field)
    {
        var client = await factory.ClientForAsync(AdministratorOf(url));
        var before = await CountRowsAsync();

        using var request = new HttpRequestMessage(new HttpMethod(method), url)
        {
            Content = body is null ? null : new StringContent(body, Encoding.UTF8, "application/json"),
        };
        using var response = await client.SendAsync(request);

        response.StatusCode.ShouldBe(HttpStatusCode.BadRequest, await response.Content.ReadAsStringAsync());
        // The body is ProblemDetails under application/problem+json whatever was asked (ADR 0008).
        response.Content.Headers.ContentType!.MediaType.ShouldBe("application/problem+json");
        var problem = await response.Content.ReadFromJsonAsync<JsonElement>();
        problem.GetProperty("status").GetInt32().ShouldBe(400);
        problem.GetProperty("code").GetString().ShouldBe(RobotPlan.Errors.RobotPlanErrorCodes.ValidationFailed);
        var keys = problem.GetProperty("errors").EnumerateObject().Select(p => p.Name).ToList();
        keys.ShouldContain(k => k.Contains(field, StringComparison.OrdinalIgnoreCase), $"errors: {string.Join(", ", keys)}");
        (await CountRowsAsync()).ShouldBe(before);
    }

    /// <summary>三员分立: the audit log is the audit administrator's to read; the rest is the system administrator's.</summary>
    private static string AdministratorOf(string url) =>
        url.StartsWith("/api/app/audit-logs", StringComparison.Ordinal) ? RobotPlanTestData.AuditAdministrator : RobotPlanTestData.Administrator;

    private Task<string> CountRowsAsync() => factory.WithDbAsync(async db =>
        $"{await db.CalendarYears.CountAsync()}/{await db.CalendarDays.CountAsync()}/{await db.Users.CountAsync()}/" +
        $"{await db.ProductCategories.CountAsync()}/{await db.TestingBodies.CountAsync()}");
}
