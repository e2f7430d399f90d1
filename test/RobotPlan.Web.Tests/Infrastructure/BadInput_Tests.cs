using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using RobotPlan.Web.Tests.Authorization.Expectations;

namespace RobotPlan.Web.Tests.Infrastructure;

/// <summary>S-D: malformed requests to the product and test-report endpoints get a 400 naming the field, and change nothing.</summary>
public sealed class BadInput_Tests(RobotPlanWebFactory factory) : IClassFixture<RobotPlanWebFactory>
{
    public sealed record BadRequest(string Name, string User, string Method, string Url, Func<HttpContent?> Body, string Field)
    {
        public override string ToString() => Name;
    }

    private static HttpContent Raw(string json) => new StringContent(json, Encoding.UTF8, "application/json");

    private static readonly string Long = new('长', 200);

    private static readonly BadRequest[] Table =
    [
        new("malformed json", RobotPlanTestData.EnterpriseAUser, "POST", "/api/app/products", () => Raw("""{"name": "x", "model": """), "model"),
        new("name is a number", RobotPlanTestData.EnterpriseAUser, "POST", "/api/app/products",
            () => Raw("""{"name": 123, "model": "M-1", "categoryCode": "IR-WELD"}"""), "name"),
        new("over-long name", RobotPlanTestData.EnterpriseAUser, "POST", "/api/app/products",
            () => JsonContent.Create(new { name = Long, model = "M-2", categoryCode = "IR-WELD" }), "name"),
        new("specification without value", RobotPlanTestData.EnterpriseAUser, "POST", "/api/app/products",
            () => JsonContent.Create(new { name = "x", model = "M-3", categoryCode = "IR-WELD", specifications = new[] { new { name = "负载" } } }),
            "specifications[0].value"),
        new("51 specifications", RobotPlanTestData.EnterpriseAUser, "POST", "/api/app/products",
            () => JsonContent.Create(new { name = "x", model = "M-4", categoryCode = "IR-WELD",
                specifications = Enumerable.Range(0, 51).Select(i => new { name = $"p{i}", value = "1" }) }), "specifications"),
        new("unknown category", RobotPlanTestData.EnterpriseAUser, "POST", "/api/app/products",
            () => JsonContent.Create(new { name = "x", model = "M-5", categoryCode = "NOPE" }), "categoryCode"),
        new("search quotes and operators", RobotPlanTestData.MunicipalReviewer, "GET", "/api/app/products?maxResultCount=0&keyword=%27%20OR%201%3D1--",
            () => null, "maxResultCount"),
        new("enterprise id not a guid", RobotPlanTestData.MunicipalReviewer, "GET", "/api/app/products?enterpriseId=abc", () => null, "enterpriseId"),
        new("unknown status", RobotPlanTestData.MunicipalReviewer, "GET", "/api/app/test-reports?status=Forged", () => null, "status"),
        new("bad issue date", RobotPlanTestData.TestingBodyUser, "POST", "/api/app/test-reports", () => Form(("issuedOn", "2025-13-45")), "issuedOn"),
        new("expiry before issue", RobotPlanTestData.TestingBodyUser, "POST", "/api/app/test-reports", () => Form(("expiresOn", "2020-01-01")), "expiresOn"),
        new("over-long report number", RobotPlanTestData.TestingBodyUser, "POST", "/api/app/test-reports", () => Form(("number", Long)), "number"),
        new("report without file", RobotPlanTestData.TestingBodyUser, "POST", "/api/app/test-reports", () => Form(withFile: false), "file"),
        new("report file not a pdf", RobotPlanTestData.TestingBodyUser, "POST", "/api/app/test-reports", () => Form(pdf: Multipart.Png), "file"),
        new("withdraw without reason", RobotPlanTestData.TestingBodyUser, "POST", "/api/app/test-reports/{report}/withdraw",
            () => JsonContent.Create(new { reason = "" }), "reason"),
    ];

    public static TheoryData<BadRequest> Cases() => [.. Table];

    // A valid issue form with one field replaced (or the file left out).
    private static MultipartFormDataContent Form((string Name, string Value)? replace = null, bool withFile = true, byte[]? pdf = null)
    {
        var fields = new Dictionary<string, string>
        {
            ["uscc"] = RobotPlanTestData.EnterpriseAUscc, ["model"] = "LY-W6", ["number"] = "BAD-" + Guid.NewGuid().ToString("N")[..8],
            ["conclusion"] = "合格", ["issuedOn"] = "2025-09-20", ["expiresOn"] = "2027-09-20",
        };
        if (replace is { } r) fields[r.Name] = r.Value;
        var form = withFile ? Multipart.File(pdf ?? TestPdf.Unique(), "r.pdf") : new MultipartFormDataContent();
        foreach (var (name, value) in fields) form.Add(new StringContent(value), name);
        return form;
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public async Task Should_Answer_400_Naming_The_Field_And_Change_Nothing(BadRequest bad)
    {
        var before = await CountsAsync();
        var client = await factory.ClientForAsync(bad.User);
        var report = await factory.WithDbAsync(db => db.TestReports.Where(r => r.Number == "CQRT-2025-0102").Select(r => r.Id).SingleAsync());
        using var request = new HttpRequestMessage(new HttpMethod(bad.Method), bad.Url.Replace("{report}", report.ToString())) { Content = bad.Body() };

        var response = await client.SendAsync(request);

        var body = await response.Content.ReadAsStringAsync();
        response.StatusCode.ShouldBe(HttpStatusCode.BadRequest, body);
        // A ProblemDetails (MVC's [Produces("application/json")] decides the media type of model-state answers).
        var problem = JsonDocument.Parse(body).RootElement;
        problem.GetProperty("status").GetInt32().ShouldBe(400);
        problem.GetProperty("code").GetString().ShouldStartWith("RobotPlan:");
        var errors = problem.GetProperty("errors").EnumerateObject().Select(p => p.Name).ToList();
        errors.ShouldContain(name => name.Contains(bad.Field, StringComparison.OrdinalIgnoreCase), $"errors: {string.Join(", ", errors)}");
        (await CountsAsync()).ShouldBe(before);
    }

    private Task<(int, int, int, int)> CountsAsync() => factory.WithDbAsync(async db => (
        await db.Products.IgnoreQueryFilters().CountAsync(), await db.TestReports.CountAsync(), await db.StoredFiles.CountAsync(),
        await db.TestReports.CountAsync(r => r.Status != global::RobotPlan.TestReports.TestReportStatus.Valid)));
}
