using System.Net;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using RobotPlan.Errors;
using RobotPlan.Web.Tests.Authorization.Expectations;
using RobotPlan.Web.Tests.Infrastructure;
using RobotPlan.Web.Tests.Pages;

namespace RobotPlan.Web.Tests.TestReports;

/// <summary>
/// Issue #19 finding 10, R-4: a report file identical (same SHA-256) to one already on record — any enterprise's, in any
/// state — is refused, naming the file field, in the API (409, the file is taken like a report number) and on the page.
/// </summary>
public sealed class DuplicateReportFile_Tests(RobotPlanWebFactory factory) : IClassFixture<RobotPlanWebFactory>
{
    [Theory]
    [InlineData("zh-Hans", "已登记的一份检测报告完全相同")]
    [InlineData("en", "identical (same SHA-256) to a test report already on record")]
    public async Task Should_Answer_409_Naming_The_File_When_The_Same_Report_File_Is_Issued_Again(string culture, string message)
    {
        var pdf = TestPdf.Unique("same report");
        var testing = await factory.ClientForAsync(RobotPlanTestData.TestingBodyUser);
        testing.DefaultRequestHeaders.AcceptLanguage.ParseAdd(culture);
        using var first = await testing.PostAsync("/api/app/test-reports", TestReportExpectations.IssueForm("DUP-A-" + culture, pdf: pdf));
        first.StatusCode.ShouldBe(HttpStatusCode.OK, await first.Content.ReadAsStringAsync());

        // Another enterprise's product: the same document cannot be its report too.
        var again = TestReportExpectations.ReportForm("DUP-B-" + culture, pdf);
        again.Add(new StringContent(RobotPlanTestData.EnterpriseBUscc), "uscc");
        again.Add(new StringContent("RV-40E"), "model");
        using var refused = await testing.PostAsync("/api/app/test-reports", again);

        var body = await refused.Content.ReadAsStringAsync();
        refused.StatusCode.ShouldBe(HttpStatusCode.Conflict, body);
        var problem = JsonDocument.Parse(body).RootElement;
        problem.GetProperty("code").GetString().ShouldBe(RobotPlanErrorCodes.DuplicateTestReportFile);
        problem.GetProperty("errors").GetProperty("file")[0].GetString().ShouldNotBeNull().ShouldContain(message);
        (await factory.WithDbAsync(db => db.TestReports.AnyAsync(r => r.Number == "DUP-B-" + culture))).ShouldBeFalse();
    }

    [Theory]
    [InlineData("zh-Hans", "已登记的一份检测报告完全相同")]
    [InlineData("en", "identical (same SHA-256) to a test report already on record")]
    public async Task Should_Show_The_Refusal_At_The_File_Input_When_The_Issue_Page_Gets_A_File_On_Record(string culture, string message)
    {
        var pdf = TestPdf.Unique("same report on the page");
        var testing = await PageClient.SignedInAsync(factory, RobotPlanTestData.TestingBodyUser);
        testing.Http.DefaultRequestHeaders.AcceptLanguage.ParseAdd(culture);
        Task<HttpResponseMessage> IssueAsync(string number, string model) => testing.PostMultipartAsync("/TestReports/Issue", "/TestReports/Issue",
            new()
            {
                ["Input.Uscc"] = RobotPlanTestData.EnterpriseAUscc, ["Input.Model"] = model, ["Input.Number"] = number,
                ["Input.Conclusion"] = "所检项目合格", ["Input.IssuedOn"] = "2025-09-20", ["Input.ExpiresOn"] = "2027-09-20",
            },
            [("Upload", "检测报告.pdf", pdf)]);
        using var first = await IssueAsync("PG-DUP-A-" + culture, "LY-W6");
        first.StatusCode.ShouldBe(HttpStatusCode.Redirect, await first.Content.ReadAsStringAsync());

        using var refused = await IssueAsync("PG-DUP-B-" + culture, "LY-P180");

        var html = await refused.Content.ReadAsStringAsync();
        refused.StatusCode.ShouldBe(HttpStatusCode.OK, html);
        html.ShouldMatch($"data-valmsg-for=\"Upload\"[^>]*>[^<]*{System.Text.RegularExpressions.Regex.Escape(message)}");
        html.ShouldContain("value=\"PG-DUP-B-" + culture + "\"", customMessage: "the typed fields are kept");
        (await factory.WithDbAsync(db => db.TestReports.AnyAsync(r => r.Number == "PG-DUP-B-" + culture))).ShouldBeFalse();
    }
}
