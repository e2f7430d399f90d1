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

    private static string CreditTable(string html)
    {
        var start = html.IndexOf("data-testid=\"credit-public-table\"", StringComparison.Ordinal);
        start.ShouldBeGreaterThan(0);
        return html[start..html.IndexOf("</table>", start, StringComparison.Ordinal)];
    }
}
