using System.Net;
using System.Text;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using RobotPlan.Credit;
using RobotPlan.Web.Tests.Infrastructure;

namespace RobotPlan.Web.Tests.BadInput;

/// <summary>S-D for the credit endpoints: malformed input is a 400 naming the field, never a 500, and writes nothing.</summary>
public sealed class CreditBadInput_Tests(RobotPlanWebFactory factory) : IClassFixture<RobotPlanWebFactory>
{
    private const string Records = "/api/app/credit-records";
    private const string Mun = RobotPlanTestData.MunicipalReviewer;
    private static readonly string NoRecord = $"{Records}/{Guid.Empty}";

    private const string Valid = """
        "subjectKind": "Enterprise", "subjectId": "00000000-0000-0000-0000-000000000001", "kind": "Warning", "reason": "x",
        "documentNumber": "d", "documentDate": "2025-09-26"
        """;

    public static TheoryData<BadInputCase> Cases() =>
    [
        new("create not JSON", "POST", Records, Mun, "{ nope", "$"),
        new("create unknown subject kind", "POST", Records, Mun, $$"""{ {{Valid}}, "effectiveFrom": "2025-09-26", "subjectKind": "Planet" }""", "subjectKind"),
        new("create missing subject", "POST", Records, Mun, """{ "subjectKind": "Enterprise", "kind": "Warning", "reason": "x", "documentNumber": "d", "documentDate": "2025-09-26", "effectiveFrom": "2025-09-26" }""", "subjectId"),
        new("create missing effective date", "POST", Records, Mun, $$"""{ {{Valid}} }""", "effectiveFrom"),
        new("create date not a date", "POST", Records, Mun, $$"""{ {{Valid}}, "effectiveFrom": "soon" }""", "effectiveFrom"),
        new("create huge reason", "POST", Records, Mun,
            $$"""{ {{Valid.Replace("\"reason\": \"x\"", $"\"reason\": \"{new string('因', 1200)}\"")}}, "effectiveFrom": "2025-09-26" }""", "reason"),
        new("create unknown subject", "POST", Records, Mun, $$"""{ {{Valid}}, "effectiveFrom": "2025-09-26" }""", "subjectId"),
        new("create bad USCC", "POST", Records, Mun, ByUscc("Enterprise", "91500107MA5XNEW000"), "subjectUscc"),
        new("create unregistered USCC", "POST", Records, Mun, ByUscc("Enterprise", RobotPlanTestData.UnusedChongqingUscc), "subjectUscc"),
        new("create product by USCC", "POST", Records, Mun, ByUscc("Product", RobotPlanTestData.EnterpriseBUscc), "subjectUscc"),
        new("create USCC too long", "POST", Records, Mun, ByUscc("Enterprise", new string('9', 100)), "subjectUscc"),
        new("subjects without keyword", "GET", Records + "/subjects?subjectKind=Enterprise", Mun, "", "keyword"),
        new("subjects unknown kind", "GET", Records + "/subjects?subjectKind=Planet&keyword=x", Mun, "", "subjectKind"),
        new("end without reason", "POST", NoRecord + "/end", Mun, """{ "documentNumber": "d" }""", "reason"),
        new("correct without kind", "POST", NoRecord + "/correct", Mun,
            """{ "reason": "x", "documentNumber": "d", "documentDate": "2025-09-26", "effectiveFrom": "2025-09-26" }""", "kind"),
        new("list unknown state", "GET", Records + "?state=Bogus", Mun, "", "state"),
        new("export unknown format", "GET", Records + "/export?format=Pdf", Mun, "", "format"),
        new("public paging beyond cap", "GET", "/api/public/credit-records?maxResultCount=100000", null, "", "maxResultCount"),
    ];

    private static string ByUscc(string kind, string uscc) => $$"""
        { "subjectKind": "{{kind}}", "subjectUscc": "{{uscc}}", "kind": "Warning", "reason": "x", "documentNumber": "d",
          "documentDate": "2025-09-26", "effectiveFrom": "2025-09-26" }
        """;

    [Theory]
    [InlineData("zh-Hans", "主体统一社会信用代码")]
    [InlineData("en", "subject's USCC")]
    public async Task Should_Name_The_Uscc_By_Its_Label_In_The_Users_Language_When_It_Is_Not_Valid(string culture, string label)
    {
        var client = await factory.ClientForAsync(Mun, culture);
        var response = await client.PostAsync(Records, new StringContent(ByUscc("Enterprise", "91500107MA5XNEW000"), Encoding.UTF8, "application/json"));
        var body = await response.Content.ReadAsStringAsync();
        response.StatusCode.ShouldBe(HttpStatusCode.BadRequest, body);
        var message = JsonDocument.Parse(body).RootElement.GetProperty("errors").GetProperty("subjectUscc")[0].GetString();
        message.ShouldNotBeNull().ShouldContain(label, Case.Insensitive);
        body.ShouldNotContain("SubjectId");
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public async Task Should_Answer_400_Naming_The_Field_And_Change_Nothing(BadInputCase bad)
    {
        var before = await CountAsync();
        var client = await factory.ClientForAsync(bad.User);
        using var request = new HttpRequestMessage(new HttpMethod(bad.Method), bad.Url) { Content = bad.Method == "GET" ? null : bad.Content };

        await AssertFieldErrorAsync(await client.SendAsync(request), bad.Field);
        (await CountAsync()).ShouldBe(before);
    }

    [Theory]
    [InlineData("list.pdf", "a,b")]
    [InlineData("list.xlsx", "not a zip")]
    [InlineData("list.csv", "")]
    public async Task Should_Answer_400_Naming_The_File_When_The_Import_Is_Not_A_List(string fileName, string content)
    {
        var before = await CountAsync();
        var client = await factory.ClientForAsync(Mun);
        var response = await client.PostAsync($"{Records}/import", Multipart.File(Encoding.UTF8.GetBytes(content), fileName));
        await AssertFieldErrorAsync(response, "file");
        (await client.PostAsync($"{Records}/import", new MultipartFormDataContent { { new StringContent("x"), "other" } }))
            .StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        (await CountAsync()).ShouldBe(before);
    }

    private static async Task AssertFieldErrorAsync(HttpResponseMessage response, string field)
    {
        var body = await response.Content.ReadAsStringAsync();
        response.StatusCode.ShouldBe(HttpStatusCode.BadRequest, body);
        var errors = JsonDocument.Parse(body).RootElement.GetProperty("errors");
        errors.EnumerateObject().Select(e => e.Name).ShouldContain(name => name.Equals(field, StringComparison.OrdinalIgnoreCase)
            || (field == "$" && name.StartsWith('$')), $"errors: {errors}");
    }

    private Task<int> CountAsync() => factory.WithDbAsync(db => db.Set<CreditRecord>().CountAsync());
}
