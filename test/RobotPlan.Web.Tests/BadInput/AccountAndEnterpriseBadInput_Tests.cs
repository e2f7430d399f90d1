using System.Net;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using RobotPlan.Web.Tests.Infrastructure;

namespace RobotPlan.Web.Tests.BadInput;

/// <summary>S-D: malformed input is a 400 ProblemDetails naming the field, never a 500, and writes nothing.</summary>
public sealed class AccountAndEnterpriseBadInput_Tests(RobotPlanWebFactory factory) : IClassFixture<RobotPlanWebFactory>
{
    private const string Register = "/api/public/account/register-enterprise";

    private static string Registration(string overrides)
    {
        var body = JsonSerializer.Deserialize<Dictionary<string, object?>>("""
            { "userName": "badinput", "password": "Bad#input2025", "displayName": "测试", "uscc": "91500103MA5XNEW01W",
              "legalName": "重庆测试有限公司", "address": "渝中区", "jurisdictionId": "01937a00-0000-7000-8000-000000000000",
              "contact": { "name": "测试", "phone": "023-60000000", "email": "t@example.cn" } }
            """)!;
        foreach (var (key, value) in JsonSerializer.Deserialize<Dictionary<string, object?>>(overrides)!) body[key] = value;
        return JsonSerializer.Serialize(body);
    }

    public static TheoryData<BadInputCase> Cases() =>
    [
        new("not JSON", "POST", Register, null, "{ this is not json", "$"),
        new("truncated JSON", "POST", Register, null, """{ "userName": "x", """, "$"),
        new("wrong type for uscc", "POST", Register, null, Registration("""{ "uscc": 12345 }"""), "uscc"),
        new("wrong type for jurisdiction", "POST", Register, null, Registration("""{ "jurisdictionId": "not-a-guid" }"""), "jurisdictionId"),
        new("huge legal name", "POST", Register, null, Registration($$"""{ "legalName": "{{new string('企', 5000)}}" }"""), "legalName"),
        new("missing contact", "POST", Register, null, Registration("""{ "contact": null }"""), "contact"),
        new("bad e-mail", "POST", Register, null, Registration("""{ "contact": { "name": "a", "phone": "023-1", "email": "not-mail" } }"""), "contact.email"),
        new("wrong USCC check character", "POST", Register, null, Registration("""{ "uscc": "91350100M000100Y44" }"""), "uscc"),
        new("search operators in user name", "POST", Register, null, Registration("""{ "userName": "a' OR 1=1 --" }"""), "userName"),
        new("paging beyond the cap", "GET", "/api/app/enterprises?maxResultCount=100000", RobotPlanTestData.MunicipalReviewer, "", "maxResultCount"),
        new("negative skip", "GET", "/api/app/enterprises?skipCount=-5", RobotPlanTestData.MunicipalReviewer, "", "skipCount"),
        new("token body not JSON", "POST", "/api/account/token", null, "userName=admin", "$"),
    ];

    [Theory]
    [MemberData(nameof(Cases))]
    public async Task Should_Answer_400_Naming_The_Field_And_Change_Nothing(BadInputCase bad)
    {
        var before = await CountsAsync();
        var client = await factory.ClientForAsync(bad.User);
        using var request = new HttpRequestMessage(new HttpMethod(bad.Method), bad.Url) { Content = bad.Method == "GET" ? null : bad.Content };

        var response = await client.SendAsync(request);

        response.StatusCode.ShouldBe(HttpStatusCode.BadRequest, await response.Content.ReadAsStringAsync());
        response.Content.Headers.ContentType!.MediaType.ShouldBe("application/problem+json");
        var errors = JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement.GetProperty("errors");
        errors.EnumerateObject().Select(e => e.Name).ShouldContain(name => name.Equals(bad.Field, StringComparison.OrdinalIgnoreCase)
            || (bad.Field == "$" && name.StartsWith('$')), $"errors: {errors}");
        (await CountsAsync()).ShouldBe(before);
    }

    private Task<(int Users, int Enterprises)> CountsAsync() =>
        factory.WithDbAsync(async db => (await db.Users.CountAsync(), await db.Enterprises.CountAsync()));
}
