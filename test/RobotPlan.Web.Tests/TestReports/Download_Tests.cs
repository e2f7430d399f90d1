using System.Net;
using System.Net.Http.Json;
using RobotPlan.Web.Tests.Authorization.Expectations;
using RobotPlan.Web.Tests.Infrastructure;

namespace RobotPlan.Web.Tests.TestReports;

/// <summary>S-B: files are served only to entitled users, always as attachments, never sniffed by the browser.</summary>
public sealed class Download_Tests(RobotPlanWebFactory factory) : IClassFixture<RobotPlanWebFactory>
{
    [Fact]
    public async Task Should_Serve_Report_As_Attachment_With_Nosniff_When_Enterprise_Downloads()
    {
        var pdf = TestPdf.Unique("download test");
        var testing = await factory.ClientForAsync(RobotPlanTestData.TestingBodyUser);
        var form = new MultipartFormDataContent { { new ByteArrayContent(pdf), "file", "../../etc/检测报告<1>.pdf" } };
        foreach (var (name, value) in new[] { ("uscc", RobotPlanTestData.EnterpriseAUscc), ("model", "LY-W6"), ("number", "DL-1"),
                     ("conclusion", "合格"), ("issuedOn", "2025-09-20") })
            form.Add(new StringContent(value), name);
        var issued = await testing.PostAsync("/api/app/test-reports", form);
        issued.StatusCode.ShouldBe(HttpStatusCode.OK, await issued.Content.ReadAsStringAsync());
        var id = (await issued.Content.ReadFromJsonAsync<IdOnly>())!.Id;

        var enterprise = await factory.ClientForAsync(RobotPlanTestData.EnterpriseAUser);
        var response = await enterprise.GetAsync($"/api/app/test-reports/{id}/file");

        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        response.Content.Headers.ContentType!.MediaType.ShouldBe("application/pdf");
        var disposition = response.Content.Headers.ContentDisposition.ShouldNotBeNull();
        disposition.DispositionType.ShouldBe("attachment");
        disposition.FileNameStar.ShouldBe("检测报告1.pdf");
        response.Headers.GetValues("X-Content-Type-Options").ShouldBe(["nosniff"]);
        (await response.Content.ReadAsByteArrayAsync()).ShouldBe(pdf);

        var other = await factory.ClientForAsync(RobotPlanTestData.EnterpriseBUser);
        var refused = await other.GetAsync($"/api/app/test-reports/{id}/file");
        refused.StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await refused.Content.ReadAsStringAsync()).ShouldNotContain("%PDF");
    }
}
