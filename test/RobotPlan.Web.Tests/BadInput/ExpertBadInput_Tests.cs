using System.Net;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using RobotPlan.Web.Tests.Infrastructure;

namespace RobotPlan.Web.Tests.BadInput;

/// <summary>S-D for expert profiles, panels, notices and objections: malformed input is a 400 naming the field and writes nothing.</summary>
public sealed class ExpertBadInput_Tests(RobotPlanWebFactory factory) : IClassFixture<RobotPlanWebFactory>
{
    private const string Experts = "/api/app/experts";
    private const string Panels = "/api/app/expert-panels";
    private const string Notices = "/api/app/public-notices";
    private const string Mun = RobotPlanTestData.MunicipalReviewer;
    private const string Exp = RobotPlanTestData.Expert;
    private static readonly string NoPanel = $"{Panels}/{Guid.Empty}";
    private static readonly string NoObjection = $"{Notices}/objections/{Guid.Empty}";
    private static readonly string User = $$"""{ "userId": "{{Guid.Empty}}", "employerName": "重庆大学" """;

    private static string Score(string score, string comment = "\"好\"") =>
        $$"""{ "scores": [ { "criterion": "技术先进性", "score": {{score}}, "comment": {{comment}} } ] }""";

    public static TheoryData<BadInputCase> Cases() =>
    [
        new("profile not JSON", "POST", Experts, Mun, "{ nope", "$"),
        new("profile user not a guid", "POST", Experts, Mun, """{ "userId": "x", "fields": ["IR-WELD"] }""", "userId"),
        new("profile fields not a list", "POST", Experts, Mun, User + """, "fields": "IR-WELD" }""", "fields"),
        new("profile no fields", "POST", Experts, Mun, User + """, "fields": [] }""", "fields"),
        new("profile missing user", "POST", Experts, Mun, """{ "fields": ["IR-WELD"], "employerName": "重庆大学" }""", "userId"),
        new("profile huge employer", "POST", Experts, Mun,
            $$"""{ "userId": "{{Guid.Empty}}", "fields": ["IR-WELD"], "employerName": "{{new string('院', 500)}}" }""", "employerName"),
        new("profile conflict not a guid", "POST", Experts, Mun, User + """, "fields": ["IR-WELD"], "conflictEnterpriseIds": [42] }""",
            "conflictEnterpriseIds[0]"),
        new("profile update without stamp", "PUT", $"{Experts}/{Guid.Empty}", Mun, """{ "fields": ["IR-WELD"], "employerName": "重庆大学" }""",
            "concurrencyStamp"),
        new("draw not JSON", "POST", Panels, Mun, "[1, 2", "$"),
        new("draw missing application", "POST", Panels, Mun, "{}", "applicationId"),
        new("draw application not a guid", "POST", Panels, Mun, """{ "applicationId": true }""", "applicationId"),
        new("recuse without reason", "POST", NoPanel + "/recuse", Exp, "{}", "reason"),
        new("recuse huge reason", "POST", NoPanel + "/recuse", Exp, $$"""{ "reason": "{{new string('避', 1500)}}" }""", "reason"),
        new("score not JSON", "POST", NoPanel + "/score", Exp, "scores=60", "$"),
        new("score empty list", "POST", NoPanel + "/score", Exp, """{ "scores": [] }""", "scores"),
        new("score not a number", "POST", NoPanel + "/score", Exp, Score("\"高\""), "scores[0].score"),
        new("score negative", "POST", NoPanel + "/score", Exp, Score("-5"), "scores[0].score"),
        new("score beyond any weight", "POST", NoPanel + "/score", Exp, Score("101"), "scores[0].score"),
        new("score huge comment", "POST", NoPanel + "/score", Exp, Score("50", $"\"{new string('评', 1500)}\""), "scores[0].comment"),
        new("score missing comment", "POST", NoPanel + "/score", Exp, Score("50", "null"), "scores[0].comment"),
        new("decide not JSON", "POST", Notices, Mun, "{ nope", "$"),
        new("decide missing batch", "POST", Notices, Mun, "{}", "batchId"),
        new("blocked files missing batch", "GET", Notices + "/blocked-files", Mun, "", "batchId"),
        new("blocked files batch not a guid", "GET", Notices + "/blocked-files?batchId=x", Mun, "", "batchId"),
        new("decide batch not a guid", "POST", Notices, Mun, """{ "batchId": "2026-13-45" }""", "batchId"),
        new("uphold without reason", "POST", NoObjection + "/uphold", Mun, """{ "reason": "" }""", "reason"),
        new("dismiss reason not a string", "POST", NoObjection + "/dismiss", Mun, """{ "reason": 5 }""", "reason"),
        new("dismiss huge reason", "POST", NoObjection + "/dismiss", Mun, $$"""{ "reason": "{{new string('驳', 1500)}}" }""", "reason"),
        new("public notices paging beyond cap", "GET", "/api/public/notices?maxResultCount=100000", null, "", "maxResultCount"),
        new("public notices open flag not a boolean", "GET", "/api/public/notices?openOnly=maybe", null, "", "openOnly"),
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
        var errors = JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement.GetProperty("errors");
        errors.EnumerateObject().Select(e => e.Name).ShouldContain(name => name.Equals(bad.Field, StringComparison.OrdinalIgnoreCase)
            || (bad.Field == "$" && name.StartsWith('$')), $"errors: {errors}");
        (await CountsAsync()).ShouldBe(before);
    }

    /// <summary>The public objection form (multipart) refuses a missing real name, an invalid phone and a one-letter reason the same way.</summary>
    [Theory]
    [InlineData("realName", "")]
    [InlineData("contactPhone", "call me")]
    [InlineData("contactPhone", "12345")] // issue #16 item 7: no number one can call
    [InlineData("reason", "x")] // issue #16 item 7: one character is no reason
    [InlineData("subjectId", "not-a-guid")]
    public async Task Should_Answer_400_For_A_Bad_Objection_Field(string field, string value)
    {
        var before = await CountsAsync();
        var form = Authorization.Expectations.ExpertExpectations.Objection();
        var replaced = new MultipartFormDataContent();
        foreach (var part in form)
        {
            var name = part.Headers.ContentDisposition!.Name!.Trim('"');
            replaced.Add(name == field ? new StringContent(value) : part, name);
        }

        var response = await (await factory.ClientForAsync(null)).PostAsync($"/api/public/notices/{Guid.Empty}/objections", replaced);

        response.StatusCode.ShouldBe(HttpStatusCode.BadRequest, await response.Content.ReadAsStringAsync());
        var errors = JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement.GetProperty("errors");
        errors.EnumerateObject().Select(e => e.Name).ShouldContain(name => name.Equals(field, StringComparison.OrdinalIgnoreCase), $"errors: {errors}");
        (await CountsAsync()).ShouldBe(before);
    }

    private Task<(int Profiles, int Panels, int Notices, int Objections)> CountsAsync() =>
        factory.WithDbAsync(async db => (await db.ExpertProfiles.CountAsync(), await db.ExpertPanels.CountAsync(),
            await db.PublicNotices.CountAsync(), await db.PublicNotices.SelectMany(n => n.Objections).CountAsync()));
}
