using System.Net.Http.Json;
using Microsoft.EntityFrameworkCore;

namespace RobotPlan.Web.Tests.Authorization.Expectations;

internal sealed class TestReportExpectations : IEndpointExpectations
{
    // A's report: A, A's district, the city and the issuing body; only the issuing body acts on it.
    private const string ReadA = "anon=401 A=200 B=404 dA=200 dO=404 mun=200 exp=403 fin=403 test=200 admin=200 sec=403 aud=403";
    private const string IssuerOnly = "anon=401 test=200 *=403";

    public IEnumerable<EndpointCase> Cases =>
    [
        EndpointCase.Get("api/app/test-reports", _ => "/api/app/test-reports",
            "anon=401 A=200 B=200 dA=200 dO=200 mun=200 exp=403 fin=403 test=200 admin=200 sec=403 aud=403"),
        new("GET", "api/app/test-reports/{id:guid}", async c => $"/api/app/test-reports/{await ReportOfAAsync(c)}", Expect.Parse(ReadA)),
        EndpointCase.Send("POST", "api/app/test-reports", _ => "/api/app/test-reports", IssuerOnly,
            (_, _) => IssueForm(UniqueNumber("MX-R-"))),
        // A fresh Valid report per request: the testing body's 200 must not depend on an earlier supersede.
        EndpointCase.Send("POST", "api/app/test-reports/{id:guid}/supersede", _ => "", IssuerOnly, (c, _) => ReportForm(UniqueNumber("MX-S-")))
            with { Url = async c => $"/api/app/test-reports/{await NewReportOfAAsync(c)}/supersede" },
        EndpointCase.Send("POST", "api/app/test-reports/{id:guid}/withdraw", _ => "", IssuerOnly,
            (_, _) => MatrixContext.Json(new { reason = "矩阵测试" })) with { Url = async c => $"/api/app/test-reports/{await NewReportOfAAsync(c)}/withdraw" },
        new("GET", "api/app/test-reports/{id:guid}/file", async c => $"/api/app/test-reports/{await ReportOfAAsync(c)}/file", Expect.Parse(ReadA)),
    ];

    // Report numbers are unique per testing body across the whole run; MatrixContext counts per case only.
    private static string UniqueNumber(string prefix) => prefix + Guid.NewGuid().ToString("N")[..12];

    public static MultipartFormDataContent ReportForm(string number, byte[]? pdf = null)
    {
        var form = Multipart.File(pdf ?? TestPdf.Unique(), "report.pdf");
        form.Add(new StringContent(number), "number");
        form.Add(new StringContent("所检项目合格"), "conclusion");
        form.Add(new StringContent("2025-09-20"), "issuedOn");
        form.Add(new StringContent("2027-09-20"), "expiresOn");
        return form;
    }

    public static MultipartFormDataContent IssueForm(string number, string model = "LY-W6", byte[]? pdf = null)
    {
        var form = ReportForm(number, pdf);
        form.Add(new StringContent(RobotPlanTestData.EnterpriseAUscc), "uscc");
        form.Add(new StringContent(model), "model");
        return form;
    }

    /// <summary>The seeded report of A's LY-W6.</summary>
    public static Task<Guid> ReportOfAAsync(MatrixContext c) =>
        c.Factory.WithDbAsync(db => db.TestReports.Where(r => r.Number == "CQRT-2025-0101").Select(r => r.Id).SingleAsync());

    public static async Task<Guid> NewReportOfAAsync(MatrixContext c)
    {
        var client = await c.ClientAsync(Actor.TestingBody);
        var response = await client.PostAsync("/api/app/test-reports", IssueForm(UniqueNumber("MX-N-")));
        response.EnsureSuccessStatusCode();
        return (await response.Content.ReadFromJsonAsync<IdOnly>())!.Id;
    }
}
