using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using MiniExcelLibs;
using RobotPlan.CatalogListings;
using RobotPlan.ListingSearch;
using RobotPlan.Web.Controllers;
using RobotPlan.Web.Tests.Authorization.Expectations;
using RobotPlan.Web.Tests.Infrastructure;

namespace RobotPlan.Web.Tests.Listings;

/// <summary>R-18 in the browser's view: public pages, a revoked listing still reachable, the Excel export.</summary>
public sealed class ListingPages_Tests(RobotPlanWebFactory factory) : IClassFixture<RobotPlanWebFactory>
{
    [Fact]
    public async Task Should_Show_A_Revoked_Listing_And_Say_So()
    {
        var listing = await ListingTestPublisher.PublishAsync(factory.Services, "LY-P180", CatalogKind.KeyProcurement, new DateOnly(2025, 9, 26));
        var municipal = await factory.ClientForAsync(RobotPlanTestData.MunicipalReviewer);
        (await municipal.PostAsync($"/api/app/catalog-listings/{listing.Id}/revoke", CatalogListingExpectations.Body())).EnsureSuccessStatusCode();

        var anonymous = await factory.ClientForAsync(null);
        var response = await anonymous.GetAsync($"/listings/{listing.Number}");

        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        var html = await response.Content.ReadAsStringAsync();
        html.ShouldContain("data-testid=\"listing-not-in-force\"");
        html.ShouldContain("渝经信函〔2025〕1号");
        html.ShouldContain("桁架码垛机器人");
    }

    [Fact]
    public async Task Should_Answer_A_Friendly_404_For_An_Unknown_Number()
    {
        var response = await (await factory.ClientForAsync(null)).GetAsync("/listings/SDT-1999-9999");
        response.StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await response.Content.ReadAsStringAsync()).ShouldContain("data-testid=\"listing-not-found\"");
    }

    [Fact]
    public async Task Should_Find_A_Listing_On_The_Search_Page_By_A_Chinese_Substring()
    {
        var listing = await ListingTestPublisher.PublishAsync(factory.Services, "RV-40E", CatalogKind.FirstUnit, DateOnly.FromDateTime(DateTime.UtcNow));
        var html = await (await factory.ClientForAsync(null)).GetStringAsync("/search?Keyword=减速器");
        html.ShouldContain($"/listings/{listing.Number}");
    }

    /// <summary>Issue #16 item 6: the export's file name, headers, catalog and category names follow the request's culture (zh-Hans by default).</summary>
    [Theory]
    [InlineData(null, "目录查询结果.xlsx", new[] { "目录编号", "目录", "产品名称", "型号", "产品类别", "企业名称", "所属区县", "有效期起", "有效期止" }, "重庆市重点鼓励采购产品指导目录", "人机协作机器人")]
    [InlineData("en", "catalog-search.xlsx", new[] { "Listing number", "Catalog", "Product", "Model", "Category", "Enterprise", "District", "Valid from", "Valid to" }, "Chongqing key procurement catalog", "Collaborative robots")]
    public async Task Should_Export_The_Result_As_Xlsx_In_The_Request_Culture(string? culture, string fileName, string[] headers, string catalogName, string categoryName)
    {
        var listing = await ListingTestPublisher.PublishAsync(factory.Services, "LJ-C7", CatalogKind.KeyProcurement, DateOnly.FromDateTime(DateTime.UtcNow));
        var response = await (await factory.ClientForAsync(null, culture)).GetAsync("/api/public/listings/export?keyword=协作");

        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        response.Content.Headers.ContentType!.MediaType.ShouldBe(PublicListingController.XlsxContentType);
        response.Content.Headers.ContentDisposition!.DispositionType.ShouldBe("attachment");
        response.Content.Headers.ContentDisposition.FileNameStar.ShouldBe(fileName);
        var rows = (await response.Content.ReadAsStreamAsync()).Query(useHeaderRow: false, excelType: ExcelType.XLSX)
            .Cast<IDictionary<string, object?>>().ToList();
        rows[0].Values.Select(v => v?.ToString()).ShouldBe(headers);
        var row = rows.Skip(1).Single(r => r["A"]?.ToString() == listing.Number);
        row["B"]?.ToString().ShouldBe(catalogName);
        row["E"]?.ToString().ShouldBe(categoryName);
    }

    /// <summary>
    /// Issue #16 item 6: districts and testing bodies read in the reader's language on the listing page, in the search's
    /// facets and in the export (the certificate keeps the official Chinese names: ListingCertificate_Tests).
    /// </summary>
    [Theory]
    [InlineData("zh-Hans", false)]
    [InlineData("en", true)]
    public async Task Should_Name_District_And_Testing_Body_In_The_Readers_Language(string culture, bool english)
    {
        var listing = await ListingTestPublisher.PublishAsync(factory.Services, "LY-W6", CatalogKind.FirstUnit, DateOnly.FromDateTime(DateTime.UtcNow));
        var district = await factory.WithDbAsync(db => db.ReviewJurisdictions.SingleAsync(j => j.Id == listing.JurisdictionId));
        var reportBody = await factory.WithDbAsync(db => db.TestReports.Where(r => r.Id == listing.ReliedOnReportIds[0])
            .Join(db.TestingBodies, r => r.TestingBodyId, b => b.Id, (_, b) => b).SingleAsync());
        district.NameEn.ShouldNotBeNullOrWhiteSpace();
        reportBody.NameEn.ShouldNotBeNullOrWhiteSpace();
        var (districtName, otherDistrictName) = english ? (district.NameEn, district.Name) : (district.Name, district.NameEn);
        var client = await factory.ClientForAsync(null, culture);

        var page = await client.GetStringAsync($"/listings/{listing.Number}");
        page.ShouldContain(districtName);
        page.ShouldNotContain(otherDistrictName);
        page.ShouldContain(english ? reportBody.NameEn : reportBody.Name);

        var search = await client.GetFromJsonAsync<JsonElement>("/api/public/listings?keyword=焊接");
        search.GetProperty("facets").GetProperty("jurisdiction").EnumerateArray()
            .ShouldContain(f => f.GetProperty("value").GetString() == district.Id.ToString() && f.GetProperty("name").GetString() == districtName);
        search.GetProperty("items").EnumerateArray()
            .ShouldContain(i => i.GetProperty("number").GetString() == listing.Number && i.GetProperty("jurisdictionName").GetString() == districtName);

        var export = await client.GetAsync("/api/public/listings/export?keyword=焊接");
        var rows = (await export.Content.ReadAsStreamAsync()).Query(useHeaderRow: false, excelType: ExcelType.XLSX)
            .Cast<IDictionary<string, object?>>().ToList();
        rows.Skip(1).Single(r => r["A"]?.ToString() == listing.Number)["G"]?.ToString().ShouldBe(districtName);
    }

    [Fact]
    public async Task Should_Serve_Only_Relied_On_Reports_To_Anonymous_Buyers()
    {
        var listing = await ListingTestPublisher.PublishAsync(factory.Services, "LY-W6", CatalogKind.FirstUnit, new DateOnly(2025, 9, 26));
        var client = await factory.ClientForAsync(null);

        var file = await client.GetAsync($"/api/public/listings/{listing.Number}/reports/{listing.ReliedOnReportIds[0]}/file");
        file.StatusCode.ShouldBe(HttpStatusCode.OK);
        file.Content.Headers.ContentDisposition!.DispositionType.ShouldBe("attachment");
        file.Headers.GetValues("X-Content-Type-Options").ShouldContain("nosniff");

        (await client.GetAsync($"/api/public/listings/{listing.Number}/reports/{Guid.CreateVersion7()}/file")).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        var json = await client.GetFromJsonAsync<ListingSearchResultDto>("/api/public/listings?keyword=\"焊接\" AND (x) -*%_");
        json.ShouldNotBeNull();
    }

    [Fact]
    public async Task Should_Answer_409_When_The_Listing_Changed_Since_It_Was_Read()
    {
        var listing = await ListingTestPublisher.PublishAsync(factory.Services, "BY-R1", CatalogKind.KeyProcurement, new DateOnly(2025, 9, 26));
        var client = await factory.ClientForAsync(RobotPlanTestData.MunicipalReviewer);
        var stale = listing.ConcurrencyStamp;
        (await client.PostAsync($"/api/app/catalog-listings/{listing.Id}/suspend", CatalogListingExpectations.Body())).EnsureSuccessStatusCode();

        var response = await client.PostAsJsonAsync($"/api/app/catalog-listings/{listing.Id}/reinstate",
            new { reason = "恢复", documentNumber = "渝经信函〔2025〕2号", documentDate = "2025-10-09", concurrencyStamp = stale });

        response.StatusCode.ShouldBe(HttpStatusCode.Conflict);
    }
}
