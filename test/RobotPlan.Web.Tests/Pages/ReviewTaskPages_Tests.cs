using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using MiniExcelLibs;
using RobotPlan.Web.Tests.Infrastructure;

namespace RobotPlan.Web.Tests.Pages;

/// <summary>Issue 19 finding 8 through the page and the API: /tasks lists the district's new file with its link, another district never sees it.</summary>
public sealed class ReviewTaskPages_Tests(RobotPlanWebFactory factory) : IClassFixture<RobotPlanWebFactory>
{
    [Fact]
    public async Task Should_List_A_New_File_For_Its_District_With_Its_Link_And_Keep_It_From_Another_District()
    {
        var batchTitle = "待办页面批次" + Guid.NewGuid().ToString("N")[..6];
        var file = await CatalogPageData.SubmittedAsync(factory, await CatalogPageData.OpenBatchAsync(factory, batchTitle),
            "TASK-" + Guid.NewGuid().ToString("N")[..6]);
        var district = await PageClient.SignedInAsync(factory, RobotPlanTestData.DistrictReviewerOfA);

        var html = await district.Http.GetStringAsync("/tasks");
        var claimsOnly = await district.Http.GetStringAsync("/tasks?Kind=SubsidyClaim");
        var opened = await district.Http.GetStringAsync($"/Catalogs/Applications/Details/{file.Id}?from=tasks");
        using var export = await district.Http.GetAsync("/api/app/tasks/export?kind=CatalogFile&search=" + Uri.EscapeDataString(batchTitle));
        var other = await (await factory.ClientForAsync(RobotPlanTestData.DistrictReviewerOther))
            .GetFromJsonAsync<JsonElement>("/api/app/tasks?maxResultCount=200");

        html.ShouldContain("data-testid=\"nav-tasks\"");
        Rows(html).ShouldContain($"href=\"/Catalogs/Applications/Details/{file.Id}?from=tasks\"");
        html.ShouldContain("data-testid=\"task-summary\"");
        Rows(claimsOnly).ShouldNotContain(file.Id.ToString());
        opened.ShouldContain("href=\"/tasks\" data-testid=\"back\"", Case.Sensitive, "返回 leads back to the inbox the file was opened from");
        export.StatusCode.ShouldBe(HttpStatusCode.OK);
        export.Content.Headers.ContentDisposition!.FileName.ShouldNotBeNull().ShouldContain(".xlsx");
        var rows = new MemoryStream(await export.Content.ReadAsByteArrayAsync()).Query(useHeaderRow: true).Cast<IDictionary<string, object?>>().ToList();
        rows.Count.ShouldBe(1, "the export keeps the search");
        other.GetProperty("items").EnumerateArray().ShouldNotContain(i => i.GetProperty("fileId").GetGuid() == file.Id);
    }

    [Fact]
    public async Task Should_Approve_The_Ticked_Files_With_One_Comment_And_Show_Each_Outcome_When_Approving_In_Bulk_On_The_Page()
    {
        var batch = await CatalogPageData.OpenBatchAsync(factory, "批量通过批次" + Guid.NewGuid().ToString("N")[..6]);
        var first = await CatalogPageData.SubmittedAsync(factory, batch, "BULK-" + Guid.NewGuid().ToString("N")[..6]);
        var second = await CatalogPageData.SubmittedAsync(factory, batch, "BULK-" + Guid.NewGuid().ToString("N")[..6]);
        var district = await PageClient.SignedInAsync(factory, RobotPlanTestData.DistrictReviewerOfA);
        (await district.Http.GetStringAsync("/tasks")).ShouldContain($"value=\"CatalogFile:{first.Id}:District\"");

        var response = await district.PostFormAsync("/tasks", "/tasks?handler=Approve", [
            new("selected", $"CatalogFile:{first.Id}:District"), new("selected", $"CatalogFile:{second.Id}:District"),
            new("selected", $"CatalogFile:{first.Id}:District"), new("comment", "材料齐全，同意（批量）"),
        ]);

        var html = await response.Content.ReadAsStringAsync();
        response.StatusCode.ShouldBe(HttpStatusCode.OK, html);
        html.ShouldContain("已通过 2 件，未通过 1 件。");
        html.ShouldContain("该件已不在此环节", customMessage: "the repeated row says why it was not approved again");
        Rows(html).ShouldNotContain(first.Id.ToString());
        Rows(html).ShouldNotContain(second.Id.ToString());
        var history = await district.Http.GetStringAsync($"/Catalogs/Applications/Details/{second.Id}");
        history.ShouldContain("材料齐全，同意（批量）");
    }

    /// <summary>The inbox table only (the notification bell links to new files too).</summary>
    private static string Rows(string html)
    {
        var start = html.IndexOf("data-testid=\"tasks\"", StringComparison.Ordinal);
        return start < 0 ? "" : html[start..html.IndexOf("</table>", start, StringComparison.Ordinal)];
    }

    [Fact]
    public async Task Should_Not_Offer_The_Inbox_When_The_User_Reviews_Nothing()
    {
        var expert = await PageClient.SignedInAsync(factory, RobotPlanTestData.Expert);

        using var response = await expert.Http.GetAsync("/tasks");
        var home = await expert.Http.GetStringAsync("/");

        response.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        response.Headers.Location!.OriginalString.ShouldContain("AccessDenied");
        home.ShouldNotContain("data-testid=\"nav-tasks\"");
    }
}
