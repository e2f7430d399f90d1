using System.Net;
using Microsoft.EntityFrameworkCore;
using RobotPlan.CatalogApplications;
using RobotPlan.Web.Tests.Infrastructure;

namespace RobotPlan.Web.Tests.Pages;

/// <summary>Issue 19 findings 1 and 5 through the pages: the decision names a blocked file and returns it; a refused score form keeps its work.</summary>
public sealed class StaffJourneyPages_Tests(RobotPlanWebFactory factory) : IClassFixture<RobotPlanWebFactory>
{
    [Fact]
    public async Task Should_List_The_Blocked_File_With_Its_Reason_Return_It_And_Then_Decide_The_Rest()
    {
        var batch = await CatalogPageData.OpenBatchAsync(factory, "阻断决定页面批次");
        var blocked = await ExpertPageData.DrawnAsync(factory, batch);
        var clean = await ExpertPageData.DrawnAsync(factory, batch);
        await ExpertPageData.ScoredAsync(factory, blocked);
        await ExpertPageData.ScoredAsync(factory, clean);
        await ExpertPageData.BlacklistProductOfAsync(factory, blocked.ApplicationId);
        var municipal = await PageClient.SignedInAsync(factory, RobotPlanTestData.MunicipalReviewer);
        var details = $"/Catalogs/Batches/Details/{batch}";

        using var refused = await municipal.PostFormAsync(details, details + "?handler=Decide", []);
        var html = await refused.Content.ReadAsStringAsync();
        var stamp = PageClient.HiddenValue(html, "Action.ConcurrencyStamp");
        using var returned = await municipal.PostFormAsync(details, $"{details}?handler=Return&applicationId={blocked.ApplicationId}", new()
        {
            ["Action.ConcurrencyStamp"] = stamp, ["Action.Reason"] = "该产品被列入严重失信名单，请处理后再报",
        });
        using var decided = await municipal.PostFormAsync(details, details + "?handler=Decide", []);

        refused.StatusCode.ShouldBe(HttpStatusCode.OK);
        html.ShouldContain("有 1 件申报不符合决定条件");
        html.ShouldContain("data-testid=\"blocked-file\"");
        html.ShouldContain($"href=\"/Catalogs/Applications/Details/{blocked.ApplicationId}\"");
        html.ShouldContain("该产品被列入严重失信名单，不能列入目录。");
        returned.StatusCode.ShouldBe(HttpStatusCode.Redirect, await returned.Content.ReadAsStringAsync());
        decided.StatusCode.ShouldBe(HttpStatusCode.Redirect, await decided.Content.ReadAsStringAsync());
        var statuses = await factory.WithDbAsync(db => db.CatalogApplications
            .Where(a => a.Id == blocked.ApplicationId || a.Id == clean.ApplicationId).ToDictionaryAsync(a => a.Id, a => a.Status));
        statuses[blocked.ApplicationId].ShouldBe(CatalogApplicationStatus.Returned);
        statuses[clean.ApplicationId].ShouldBe(CatalogApplicationStatus.InPublicNotice);
    }

    [Fact]
    public async Task Should_Keep_Entered_Scores_And_Name_The_Row_When_A_Comment_Is_Missing()
    {
        var panel = await ExpertPageData.DrawnAsync(factory, await CatalogPageData.OpenBatchAsync(factory, "保留评分批次"));
        var expert = await PageClient.SignedInAsync(factory, panel.Experts[0]);
        const string Page = "/Experts/Assignments";
        (await expert.PostFormAsync(Page, $"{Page}?handler=Declare&panelId={panel.Id}", [])).Dispose();

        using var scored = await expert.PostFormAsync(Page, $"{Page}?handler=Score&panelId={panel.Id}", new()
        {
            ["Score.Scores[0].Criterion"] = "技术先进性", ["Score.Scores[0].Score"] = "52", ["Score.Scores[0].Comment"] = "精度领先",
            ["Score.Scores[1].Criterion"] = "市场前景", ["Score.Scores[1].Score"] = "33", ["Score.Scores[1].Comment"] = "",
        });

        scored.StatusCode.ShouldBe(HttpStatusCode.OK);
        var html = await scored.Content.ReadAsStringAsync();
        html.ShouldContain("第 2 行（市场前景）：评语");
        html.ShouldNotContain("Comment 为必填项", Case.Sensitive);
        html.ShouldContain("value=\"52\"");
        html.ShouldContain("value=\"33\"");
        html.ShouldContain("value=\"精度领先\"");
        html.ShouldContain("is-invalid");
    }
}
