using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using RobotPlan.CatalogListings;
using RobotPlan.Data;
using RobotPlan.Web.Tests.Infrastructure;

namespace RobotPlan.Web.Tests.Pages;

/// <summary>A newcomer's Development start shows a living catalog (issue: "so a newcomer sees a living system").</summary>
public sealed class DemoCatalog_Tests(RobotPlanWebFactory factory) : IClassFixture<RobotPlanWebFactory>
{
    private static JsonElement Json(string body) => JsonDocument.Parse(body).RootElement;

    [Fact]
    public async Task Should_Let_A_Buyer_Find_Last_Years_Listings_By_A_Chinese_Substring()
    {
        var result = Json(await (await factory.ClientForAsync(null)).GetStringAsync("/api/public/listings?keyword=减速器"));
        result.GetProperty("totalCount").GetInt32().ShouldBeGreaterThanOrEqualTo(1);
        result.GetProperty("items")[0].GetProperty("number").GetString().ShouldStartWith("SDT-");
    }

    [Fact]
    public async Task Should_Show_A_Running_Public_Notice()
    {
        var result = Json(await (await factory.ClientForAsync(null)).GetStringAsync("/api/public/notices"));
        result.GetProperty("totalCount").GetInt32().ShouldBeGreaterThanOrEqualTo(1);
    }

    /// <summary>Issue #16 item 8: the portal's announcements are not empty: one of each kind, each with its PDF.</summary>
    [Fact]
    public async Task Should_Publish_An_Announcement_Of_Each_Kind_With_An_Attachment()
    {
        var items = Json(await (await factory.ClientForAsync(null)).GetStringAsync("/api/public/announcements?maxResultCount=50"))
            .GetProperty("items").EnumerateArray().ToList();
        var kinds = items.Where(a => a.GetProperty("attachments").GetArrayLength() > 0).Select(a => a.GetProperty("kind").GetString()).ToHashSet();
        kinds.ShouldBe(["PolicyDocument", "Result", "CallForApplications"], ignoreOrder: true);
    }

    /// <summary>
    /// Issue #16 item 8: enough listings for the facets and the pager to show (at least 60 in force, at least 15
    /// categories, at least 8 districts in each catalog), and a listing of each other state.
    /// </summary>
    [Fact]
    public async Task Should_Fill_Both_Catalogs_Across_Categories_And_Districts()
    {
        var anonymous = await factory.ClientForAsync(null);
        var all = Json(await anonymous.GetStringAsync("/api/public/listings"));
        all.GetProperty("totalCount").GetInt32().ShouldBeGreaterThanOrEqualTo(60);
        all.GetProperty("facets").GetProperty("category").GetArrayLength().ShouldBeGreaterThanOrEqualTo(15);
        foreach (var catalog in new[] { "FirstUnit", "KeyProcurement" })
            Json(await anonymous.GetStringAsync($"/api/public/listings?catalog={catalog}"))
                .GetProperty("facets").GetProperty("jurisdiction").GetArrayLength().ShouldBeGreaterThanOrEqualTo(8, catalog);

        var statuses = await factory.WithDbAsync(db => db.Set<CatalogListing>().Select(l => l.Status).Distinct().ToListAsync());
        statuses.ShouldContain(CatalogListingStatus.Suspended);
        statuses.ShouldContain(CatalogListingStatus.Revoked);
        var oneYear = await factory.WithDbAsync(db => db.Set<CatalogListing>().SingleAsync(l => l.ValidityYears == 1));
        (oneYear.Status == CatalogListingStatus.Expired || oneYear.ValidTo > DateOnly.FromDateTime(DateTime.UtcNow.AddHours(8)))
            .ShouldBeTrue("the one-year listing has expired once its validity ended");
    }

    /// <summary>Issue #16 item 8: every district a demo enterprise is in has a demo reviewer, so every file has someone to review it.</summary>
    [Fact]
    public async Task Should_Have_A_District_Reviewer_For_Every_District_Of_A_Demo_Enterprise()
    {
        var districts = await factory.WithDbAsync(db => db.Enterprises.Select(e => e.JurisdictionId).Distinct().ToListAsync());
        var reviewed = await factory.WithDbAsync(db => db.Users.Where(u => u.JurisdictionId != null).Select(u => u.JurisdictionId!.Value).Distinct().ToListAsync());

        districts.Count.ShouldBeGreaterThanOrEqualTo(8);
        districts.Except(reviewed).ShouldBeEmpty();
    }

    [Theory]
    [InlineData(DemoUsers.DistrictYubei)]
    [InlineData(DemoUsers.Municipal)]
    public async Task Should_Give_Reviewers_Files_Waiting_In_Their_Task_List(string reviewer)
    {
        var tasks = Json(await (await factory.ClientForAsync(reviewer)).GetStringAsync("/api/app/catalog-applications/tasks"));
        tasks.GetArrayLength().ShouldBeGreaterThanOrEqualTo(1);
    }

    /// <summary>
    /// Issue #16 item 8: a newcomer signed in as lingyun can walk a whole application: its product LY-G3 (valid test
    /// report, in no file) goes into the open first-unit batch, and the submission's eligibility check lets it through.
    /// </summary>
    [Fact]
    public async Task Should_Accept_Lingyuns_Submission_When_It_Applies_To_The_Open_Batch_With_Its_Unused_Product()
    {
        var lingyun = await factory.ClientForAsync(DemoUsers.EnterpriseLingyun);
        var batchId = Json(await lingyun.GetStringAsync("/api/app/catalog-batches?catalog=FirstUnit&status=Open"))
            .GetProperty("items")[0].GetProperty("id").GetGuid();
        var productId = await factory.WithDbAsync(db => db.Products.Where(p => p.Model == "LY-G3").Select(p => p.Id).SingleAsync());

        var draft = await lingyun.PostAsJsonAsync("/api/app/catalog-applications", new
        {
            batchId, productId,
            firstUnit = new
            {
                indicators = new[] { new { name = "恒力控制精度", value = "±2 N", domesticLevel = "Leading", internationalLevel = "Comparable" } },
                firstSaleContractNumber = "HT-LY-G3-001", firstSaleDate = "2025-06-01", keyPartLocalisationRate = 72.5,
            },
        });
        draft.EnsureSuccessStatusCode();
        var file = Json(await draft.Content.ReadAsStringAsync());
        var (id, stamp) = (file.GetProperty("id").GetGuid(), file.GetProperty("concurrencyStamp").GetString());
        foreach (var kind in new[] { "ApplicationForm", "FirstSaleContract", "IntellectualProperty" })
        {
            var form = Multipart.File(Multipart.Pdf, "附件.pdf");
            form.Add(new StringContent(kind), "kind");
            var attached = await lingyun.PostAsync($"/api/app/catalog-applications/{id}/attachments", form);
            attached.EnsureSuccessStatusCode();
            stamp = Json(await attached.Content.ReadAsStringAsync()).GetProperty("concurrencyStamp").GetString();
        }
        var submitted = await lingyun.PostAsJsonAsync($"/api/app/catalog-applications/{id}/submit", new { concurrencyStamp = stamp });

        submitted.IsSuccessStatusCode.ShouldBeTrue(await submitted.Content.ReadAsStringAsync());
        Json(await submitted.Content.ReadAsStringAsync()).GetProperty("status").GetString().ShouldBe("Submitted");
    }
}
