using System.Net;
using System.Net.Http.Json;
using Microsoft.EntityFrameworkCore;
using RobotPlan.CatalogListings;
using RobotPlan.Credit;
using RobotPlan.Web.Tests.Infrastructure;
using RobotPlan.Web.Tests.Pages;

namespace RobotPlan.Web.Tests.Credit;

/// <summary>What the public may see of credit records: the dishonesty list and the listing page; the reviewers' page.</summary>
public sealed class CreditPages_Tests(RobotPlanWebFactory factory) : IClassFixture<RobotPlanWebFactory>
{
    private static readonly System.Text.Json.JsonSerializerOptions Json =
        new(System.Text.Json.JsonSerializerDefaults.Web) { Converters = { new System.Text.Json.Serialization.JsonStringEnumConverter() } };

    [Fact]
    public async Task Should_Show_A_Product_Blacklist_On_The_Public_List_And_The_Listing_Page_Until_It_Ends()
    {
        var today = DateOnly.FromDateTime(DateTime.UtcNow);
        var listing = await ListingTestPublisher.PublishAsync(factory.Services, "LY-P180", CatalogKind.FirstUnit, today);
        var municipal = await factory.ClientForAsync(RobotPlanTestData.MunicipalReviewer);
        var created = await municipal.PostAsJsonAsync("/api/app/credit-records", new
        {
            subjectKind = "Product", subjectId = listing.ProductId, kind = "SeriousDishonesty", reason = "检测数据造假",
            documentNumber = "渝经信信用〔2025〕77号", documentDate = today, effectiveFrom = today,
        });
        created.StatusCode.ShouldBe(HttpStatusCode.OK, await created.Content.ReadAsStringAsync());
        var record = (await created.Content.ReadFromJsonAsync<CreditRecordDto>(Json))!;

        var anonymous = await factory.ClientForAsync(null);
        var listingPage = await anonymous.GetStringAsync($"/listings/{listing.Number}");
        CreditTable(listingPage).ShouldContain("渝经信信用〔2025〕77号");
        listingPage.ShouldContain("data-testid=\"listing-not-in-force\"", customMessage: "the blacklist suspended the listing");
        var publicList = await anonymous.GetStringAsync("/credit?Filter.Keyword=渝经信信用〔2025〕77号");
        publicList.ShouldContain("检测数据造假");
        var api = await anonymous.GetFromJsonAsync<Dtos.PagedResultDto<PublicCreditRecordDto>>("/api/public/credit-records?keyword=渝经信信用〔2025〕77号",
            Json);
        api!.Items.ShouldHaveSingleItem().SubjectKind.ShouldBe(CreditSubjectKind.Product);

        (await municipal.PostAsJsonAsync($"/api/app/credit-records/{record.Id}/end",
            new { reason = "撤销", documentNumber = "渝经信信用〔2025〕78号", concurrencyStamp = record.ConcurrencyStamp })).EnsureSuccessStatusCode();

        // The listing's history keeps the suspension and its reason; the credit section no longer lists the record.
        CreditTable(await anonymous.GetStringAsync($"/listings/{listing.Number}")).ShouldNotContain("检测数据造假");
        (await anonymous.GetStringAsync("/credit?Filter.Keyword=渝经信信用〔2025〕77号")).ShouldNotContain("检测数据造假");
    }

    [Fact]
    public async Task Should_Let_Reviewers_Add_A_Record_On_The_Page_And_Refuse_The_Page_To_Enterprises()
    {
        var page = await PageClient.SignedInAsync(factory, RobotPlanTestData.MunicipalReviewer);
        var response = await page.PostFormAsync("/Credit/Records", "/Credit/Records?handler=Create", new()
        {
            ["Input.SubjectKind"] = "Enterprise", ["Input.SubjectId"] = factory.Data.EnterpriseBId.ToString(), ["Input.Kind"] = "Commendation",
            ["Input.Reason"] = "按时报送（页面）", ["Input.DocumentNumber"] = "渝经信表〔2025〕55号", ["Input.DocumentDate"] = "2025-09-26",
            ["Input.EffectiveFrom"] = "2025-09-26",
        });
        response.StatusCode.ShouldBe(HttpStatusCode.Redirect, await response.Content.ReadAsStringAsync());
        (await page.Http.GetStringAsync("/Credit/Records")).ShouldContain("按时报送（页面）");
        (await factory.WithDbAsync(db => db.Set<CreditRecord>().CountAsync(r => r.DocumentNumber == "渝经信表〔2025〕55号"))).ShouldBe(1);

        // Correcting on the page: a new record; the old one ends pointing at it.
        var old = await factory.WithDbAsync(db => db.Set<CreditRecord>().SingleAsync(r => r.DocumentNumber == "渝经信表〔2025〕55号"));
        var corrected = await page.PostFormAsync("/Credit/Records", $"/Credit/Records?handler=Correct&id={old.Id}", new()
        {
            ["correct.Kind"] = "Warning", ["correct.Reason"] = "经复核为逾期报送", ["correct.DocumentNumber"] = "渝经信表〔2025〕56号",
            ["correct.DocumentDate"] = "2025-09-27", ["correct.EffectiveFrom"] = "2025-09-26", ["correct.ConcurrencyStamp"] = old.ConcurrencyStamp,
        });
        corrected.StatusCode.ShouldBe(HttpStatusCode.Redirect, await corrected.Content.ReadAsStringAsync());
        var ended = await factory.WithDbAsync(db => db.Set<CreditRecord>().AsNoTracking().SingleAsync(r => r.Id == old.Id));
        ended.State.ShouldBe(CreditRecordState.Ended);
        ended.CorrectedById.ShouldNotBeNull();

        var enterprise = await PageClient.SignedInAsync(factory, RobotPlanTestData.EnterpriseAUser);
        (await enterprise.Http.GetAsync("/Credit/Records")).StatusCode.ShouldNotBe(HttpStatusCode.OK);
    }

    [Fact]
    public async Task Should_Record_By_Uscc_And_Show_The_Record_In_Force_On_The_Enterprise_Page_When_The_Reader_May_See_It()
    {
        var municipal = await factory.ClientForAsync(RobotPlanTestData.MunicipalReviewer);
        var created = await municipal.PostAsJsonAsync("/api/app/credit-records", new
        {
            subjectKind = "Enterprise", subjectUscc = $" {RobotPlanTestData.EnterpriseBUscc.ToLowerInvariant()} ", kind = "Warning",
            reason = "逾期报送统计数据", documentNumber = "渝经信警〔2025〕31号", documentDate = "2025-09-26", effectiveFrom = "2025-09-26",
        });
        created.StatusCode.ShouldBe(HttpStatusCode.OK, await created.Content.ReadAsStringAsync());
        (await created.Content.ReadFromJsonAsync<CreditRecordDto>(Json))!.SubjectId.ShouldBe(factory.Data.EnterpriseBId);

        // Municipal reviewers read every kind in force; a warning is not public, so B's district reviewer does not see it.
        var reviewerPage = await (await PageClient.SignedInAsync(factory, RobotPlanTestData.MunicipalReviewer)).Http
            .GetStringAsync($"/Enterprises/Details/{factory.Data.EnterpriseBId}");
        var section = Section(reviewerPage, "enterprise-credit");
        section.ShouldContain("渝经信警〔2025〕31号");
        section.ShouldContain("警示");
        section.ShouldContain("data-testid=\"enterprise-credit-add\"");
        var districtPage = await (await PageClient.SignedInAsync(factory, RobotPlanTestData.DistrictReviewerOther)).Http
            .GetStringAsync($"/Enterprises/Details/{factory.Data.EnterpriseBId}");
        Section(districtPage, "enterprise-credit").ShouldNotContain("渝经信警〔2025〕31号");
        districtPage.ShouldContain("北京时间", customMessage: "the registration time is shown in Beijing time with the zone named");
    }

    [Fact]
    public async Task Should_Pick_The_Subject_By_Name_Or_Uscc_On_The_Page_And_Name_A_Bad_Uscc_By_Its_Label()
    {
        var page = await PageClient.SignedInAsync(factory, RobotPlanTestData.MunicipalReviewer);
        var options = await page.Http.GetStringAsync("/Credit/Records?handler=Subjects&Input.SubjectKind=Enterprise&subjectSearch=山城精密");
        options.ShouldContain($"value=\"{RobotPlanTestData.EnterpriseBUscc}\"");

        Task<HttpResponseMessage> AddAsync(string search, string document) => page.PostFormAsync("/Credit/Records", "/Credit/Records?handler=Create", new()
        {
            ["Input.SubjectKind"] = "Enterprise", ["subjectSearch"] = search, ["Input.Kind"] = "Commendation", ["Input.Reason"] = "按时报送",
            ["Input.DocumentNumber"] = document, ["Input.DocumentDate"] = "2025-09-26", ["Input.EffectiveFrom"] = "2025-09-26",
        });
        var byName = await AddAsync("重庆山城精密传动科技有限公司", "渝经信表〔2025〕61号");
        byName.StatusCode.ShouldBe(HttpStatusCode.Redirect, await byName.Content.ReadAsStringAsync());
        (await factory.WithDbAsync(db => db.Set<CreditRecord>().SingleAsync(r => r.DocumentNumber == "渝经信表〔2025〕61号")))
            .SubjectId.ShouldBe(factory.Data.EnterpriseBId);

        var badUscc = await (await AddAsync("91500107MA5XNEW000", "渝经信表〔2025〕62号")).Content.ReadAsStringAsync();
        badUscc.ShouldContain("主体统一社会信用代码格式不正确");
        badUscc.ShouldContain("value=\"91500107MA5XNEW000\"", customMessage: "what was typed is kept");
        badUscc.ShouldNotContain("SubjectId");
        (await (await AddAsync("并不存在的公司", "渝经信表〔2025〕63号")).Content.ReadAsStringAsync()).ShouldContain("没有与“并不存在的公司”匹配的企业");
        (await factory.WithDbAsync(db => db.Set<CreditRecord>().CountAsync(r => r.DocumentNumber == "渝经信表〔2025〕62号"
            || r.DocumentNumber == "渝经信表〔2025〕63号"))).ShouldBe(0);
    }

    private static string Section(string html, string testId)
    {
        var start = html.IndexOf($"data-testid=\"{testId}\"", StringComparison.Ordinal);
        start.ShouldBeGreaterThan(0);
        return html[start..html.IndexOf("</section>", start, StringComparison.Ordinal)];
    }

    private static string CreditTable(string html)
    {
        var start = html.IndexOf("data-testid=\"credit-public-table\"", StringComparison.Ordinal);
        start.ShouldBeGreaterThan(0);
        return html[start..html.IndexOf("</table>", start, StringComparison.Ordinal)];
    }
}
