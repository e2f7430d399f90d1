using System.Net;
using Microsoft.EntityFrameworkCore;
using RobotPlan.ExpertPanels;
using RobotPlan.PublicNotices;
using RobotPlan.Web.Tests.Infrastructure;

namespace RobotPlan.Web.Tests.Pages;

/// <summary>Expert panels, profiles, notices and objections through the pages, for the roles that use them.</summary>
public sealed class ExpertPages_Tests(RobotPlanWebFactory factory) : IClassFixture<RobotPlanWebFactory>
{
    [Theory]
    [InlineData("expert1", "/Experts/Assignments", "我的评审任务")]
    [InlineData(RobotPlanTestData.MunicipalReviewer, "/Catalogs/Panels/Details?applicationId={file}", "data-testid=\"draw\"")]
    [InlineData(RobotPlanTestData.MunicipalReviewer, "/Catalogs/Applications/Details/{file}", "data-testid=\"panel-link\"")]
    [InlineData(RobotPlanTestData.MunicipalReviewer, "/Experts/Profiles/Index", "评审专家 李教授")]
    [InlineData(RobotPlanTestData.MunicipalReviewer, "/Experts/Profiles/Create", "专业领域")]
    [InlineData(RobotPlanTestData.Administrator, "/Experts/Profiles/Create", "(expert1)")]
    [InlineData(RobotPlanTestData.MunicipalReviewer, "/Notices/Objections", "异议处理")]
    [InlineData(null, "/Notices/Index", "入目录公示")]
    [InlineData(RobotPlanTestData.EnterpriseAUser, "/Notices/Index", "入目录公示")]
    public async Task Should_Render_Page_When_Role_Uses_It(string? user, string path, string expected)
    {
        var batch = await CatalogPageData.OpenBatchAsync(factory, "专家页面批次");
        var file = await ExpertPageData.InExpertReviewAsync(factory, batch);
        var client = await PageClient.SignedInAsync(factory, user);

        using var response = await client.Http.GetAsync(path.Replace("{file}", file.ToString()));

        var html = await response.Content.ReadAsStringAsync();
        response.StatusCode.ShouldBe(HttpStatusCode.OK, html);
        html.ShouldContain(expected);
    }

    [Theory]
    [InlineData(RobotPlanTestData.EnterpriseAUser, "/Experts/Assignments")]
    [InlineData(RobotPlanTestData.MunicipalReviewer, "/Experts/Assignments")]
    [InlineData(RobotPlanTestData.Expert, "/Catalogs/Panels/Details?applicationId={id}")]
    [InlineData(RobotPlanTestData.DistrictReviewerOfA, "/Catalogs/Panels/Details?applicationId={id}")]
    [InlineData(RobotPlanTestData.DistrictReviewerOfA, "/Experts/Profiles/Index")]
    [InlineData(RobotPlanTestData.Expert, "/Experts/Profiles/Create")]
    [InlineData(RobotPlanTestData.EnterpriseAUser, "/Notices/Objections")]
    [InlineData(RobotPlanTestData.Expert, "/Notices/Objections")]
    public async Task Should_Send_To_Access_Denied_When_Role_Does_Not_Use_Page(string user, string path)
    {
        var client = await PageClient.SignedInAsync(factory, user);

        using var response = await client.Http.GetAsync(path.Replace("{id}", Guid.NewGuid().ToString()));

        response.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        response.Headers.Location!.OriginalString.ShouldContain("/Account/AccessDenied");
    }

    [Fact]
    public async Task Should_Send_Anonymous_Visitors_To_Login_For_Assignments()
    {
        using var response = await (await PageClient.SignedInAsync(factory, null)).Http.GetAsync("/Experts/Assignments");
        response.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        response.Headers.Location!.OriginalString.ShouldContain("/Account/Login");
    }

    [Fact]
    public async Task Should_Let_An_Expert_Declare_And_Score_Through_The_Page_With_Others_Scores_Hidden()
    {
        var panel = await ExpertPageData.DrawnAsync(factory, await CatalogPageData.OpenBatchAsync(factory, "评分页面批次"));
        var expert = await PageClient.SignedInAsync(factory, panel.Experts[0]);
        const string Page = "/Experts/Assignments";

        using var declared = await expert.PostFormAsync(Page, $"{Page}?handler=Declare&panelId={panel.Id}", []);
        declared.StatusCode.ShouldBe(HttpStatusCode.Redirect, await declared.Content.ReadAsStringAsync());
        (await expert.Http.GetStringAsync(Page)).ShouldContain("data-testid=\"score-form\"");

        using var scored = await expert.PostFormAsync(Page, $"{Page}?handler=Score&panelId={panel.Id}", new()
        {
            ["Score.Scores[0].Criterion"] = "技术先进性", ["Score.Scores[0].Score"] = "50", ["Score.Scores[0].Comment"] = "指标领先",
            ["Score.Scores[1].Criterion"] = "市场前景", ["Score.Scores[1].Score"] = "30", ["Score.Scores[1].Comment"] = "需求稳定",
        });

        scored.StatusCode.ShouldBe(HttpStatusCode.Redirect, await scored.Content.ReadAsStringAsync());
        var stored = await factory.WithDbAsync(db => db.ExpertPanels.SingleAsync(p => p.Id == panel.Id));
        stored.Members.Count(m => m.Status == PanelMemberStatus.Scored).ShouldBe(1);
        var html = await expert.Http.GetStringAsync(Page);
        html.ShouldContain("指标领先");
        // A second expert sees the first one's seat as scored, without the score or comment.
        var other = await (await PageClient.SignedInAsync(factory, panel.Experts[1])).Http.GetStringAsync(Page);
        other.ShouldContain("已评分（全部评完后公开）");
        other.ShouldNotContain("指标领先");
    }

    [Fact]
    public async Task Should_Show_The_Service_Error_When_A_Score_Exceeds_The_Weight()
    {
        var panel = await ExpertPageData.DrawnAsync(factory, await CatalogPageData.OpenBatchAsync(factory, "超分批次"));
        var expert = await PageClient.SignedInAsync(factory, panel.Experts[0]);
        const string Page = "/Experts/Assignments";
        (await expert.PostFormAsync(Page, $"{Page}?handler=Declare&panelId={panel.Id}", [])).Dispose();

        using var scored = await expert.PostFormAsync(Page, $"{Page}?handler=Score&panelId={panel.Id}", new()
        {
            ["Score.Scores[0].Criterion"] = "技术先进性", ["Score.Scores[0].Score"] = "90", ["Score.Scores[0].Comment"] = "超出",
            ["Score.Scores[1].Criterion"] = "市场前景", ["Score.Scores[1].Score"] = "30", ["Score.Scores[1].Comment"] = "一般",
        });

        scored.StatusCode.ShouldBe(HttpStatusCode.OK);
        (await scored.Content.ReadAsStringAsync()).ShouldContain("0 至该项分值");
    }

    [Fact]
    public async Task Should_Draw_And_Verify_The_Panel_Through_The_Page()
    {
        var file = await ExpertPageData.InExpertReviewAsync(factory, await CatalogPageData.OpenBatchAsync(factory, "抽取页面批次"));
        var municipal = await PageClient.SignedInAsync(factory, RobotPlanTestData.MunicipalReviewer);
        var page = $"/Catalogs/Panels/Details?applicationId={file}";
        // Before the draw: who is kept out and why (刘工 works for the applicant).
        (await municipal.Http.GetStringAsync(page)).ShouldContain("评审专家 刘工 · 任职于申报单位");

        using var drawn = await municipal.PostFormAsync(page, page + "&handler=Draw", []);
        drawn.StatusCode.ShouldBe(HttpStatusCode.Redirect, await drawn.Content.ReadAsStringAsync());
        var html = await municipal.Http.GetStringAsync(page);
        html.ShouldContain("data-testid=\"seed\"");
        html.ShouldContain("评审专家 李教授");
        html.ShouldNotContain("评审专家 刘工");
        // Candidates by name, unit and field; the seed in groups of four hex digits.
        var candidates = html[html.IndexOf("data-testid=\"candidates\"", StringComparison.Ordinal)..];
        candidates[..candidates.IndexOf("</ol>", StringComparison.Ordinal)].ShouldMatch(@"<li>评审专家 李教授\s+<span class=""text-muted"">· 重庆大学机械与运载工程学院 · 焊接机器人、打磨机器人、人机协作机器人</span>");
        html.ShouldMatch(@"data-testid=""seed"">[0-9A-F]{4} [0-9A-F]{4} [0-9A-F]{4} [0-9A-F]{4}<");

        using var verified = await municipal.PostFormAsync(page, page + "&handler=Verify", []);
        (await verified.Content.ReadAsStringAsync()).ShouldContain("复核一致");
    }

    /// <summary>Issue 19: experts' fields are named as the catalog names its categories, in the reader's language, not by code.</summary>
    [Theory]
    [InlineData("zh-Hans", "焊接机器人、打磨机器人、人机协作机器人")]
    [InlineData("en", "Welding robots, Grinding and polishing robots, Collaborative robots")]
    public async Task Should_Name_The_Candidates_Fields_When_The_Panel_Page_Is_Read(string culture, string fieldsOfLi)
    {
        var panel = await ExpertPageData.DrawnAsync(factory, await CatalogPageData.OpenBatchAsync(factory, "专家领域批次"));
        var municipal = await PageClient.SignedInAsync(factory, RobotPlanTestData.MunicipalReviewer);
        municipal.Http.DefaultRequestHeaders.AcceptLanguage.ParseAdd(culture);

        var html = await municipal.Http.GetStringAsync($"/Catalogs/Panels/Details?applicationId={panel.ApplicationId}");

        var candidates = html[html.IndexOf("data-testid=\"candidates\"", StringComparison.Ordinal)..];
        candidates = candidates[..candidates.IndexOf("</ol>", StringComparison.Ordinal)];
        candidates.ShouldContain($"· {fieldsOfLi}</span>");
        candidates.ShouldNotContain("IR-WELD");
    }

    [Fact]
    public async Task Should_Decide_From_The_Batch_Page_And_Show_The_Window()
    {
        var batch = await CatalogPageData.OpenBatchAsync(factory, "决定页面批次");
        await ExpertPageData.ScoredAsync(factory, await ExpertPageData.DrawnAsync(factory, batch));
        var municipal = await PageClient.SignedInAsync(factory, RobotPlanTestData.MunicipalReviewer);
        var details = $"/Catalogs/Batches/Details/{batch}";
        (await municipal.Http.GetStringAsync(details)).ShouldContain("data-testid=\"decide\"");

        using var decided = await municipal.PostFormAsync(details, details + "?handler=Decide", []);

        decided.StatusCode.ShouldBe(HttpStatusCode.Redirect, await decided.Content.ReadAsStringAsync());
        var notice = await municipal.Http.GetStringAsync(decided.Headers.Location!.OriginalString);
        notice.ShouldContain("已发布公示：");
        notice.ShouldContain("决定页面批次");
        notice.ShouldContain("data-testid=\"objection-form\"");
    }

    [Fact]
    public async Task Should_Store_An_Anonymous_Objection_From_The_Public_Form_And_Let_Municipal_Dismiss_It()
    {
        var (noticeId, applicationId) = await ExpertPageData.NoticeAsync(factory, "异议页面批次");
        var visitor = await PageClient.SignedInAsync(factory, null);
        var page = $"/Notices/Details/{noticeId}";

        using var objected = await visitor.PostFormAsync(page, page, new()
        {
            ["Input.SubjectId"] = applicationId.ToString(), ["Input.RealName"] = "王五", ["Input.Organisation"] = "重庆某装备公司",
            ["Input.ContactPhone"] = "023-60000000", ["Input.Reason"] = "负载指标与检测报告不符",
        });

        objected.StatusCode.ShouldBe(HttpStatusCode.Redirect, await objected.Content.ReadAsStringAsync());
        var stored = await factory.WithDbAsync(db => db.PublicNotices.AsNoTracking().Where(n => n.Id == noticeId).SelectMany(n => n.Objections).ToListAsync());
        stored.ShouldHaveSingleItem().RealName.ShouldBe("王五");

        var municipal = await PageClient.SignedInAsync(factory, RobotPlanTestData.MunicipalReviewer);
        (await municipal.Http.GetStringAsync("/Notices/Objections")).ShouldContain("负载指标与检测报告不符");
        using var dismissed = await municipal.PostFormAsync("/Notices/Objections",
            $"/Notices/Objections?handler=Dismiss&objectionId={stored[0].Id}", new() { ["Resolve.Reason"] = "经核实指标一致" });
        dismissed.StatusCode.ShouldBe(HttpStatusCode.Redirect, await dismissed.Content.ReadAsStringAsync());
        var status = await factory.WithDbAsync(db => db.PublicNotices.Where(n => n.Id == noticeId).SelectMany(n => n.Objections)
            .Select(o => o.Status).SingleAsync());
        status.ShouldBe(ObjectionStatus.Dismissed);
    }

    [Fact]
    public async Task Should_Show_A_Message_Instead_Of_The_Form_When_The_Notice_Has_Closed()
    {
        var (noticeId, _) = await ExpertPageData.NoticeAsync(factory, "结束公示批次");
        var closedAt = DateTime.UtcNow.AddMinutes(-1);
        await factory.WithDbAsync(db => db.PublicNotices.Where(n => n.Id == noticeId).ExecuteUpdateAsync(s => s.SetProperty(n => n.EndsAtUtc, closedAt)));

        var html = await (await PageClient.SignedInAsync(factory, null)).Http.GetStringAsync($"/Notices/Details/{noticeId}");

        html.ShouldContain("data-testid=\"closed\"");
        html.ShouldContain("公示期已结束");
        html.ShouldNotContain("data-testid=\"objection-form\"");
    }

    [Fact]
    public async Task Should_Create_An_Expert_Profile_From_The_Form()
    {
        var userId = await factory.WithDbAsync(db => db.Users.Where(u => u.UserName == RobotPlanTestData.Expert).Select(u => u.Id).SingleAsync());
        var municipal = await PageClient.SignedInAsync(factory, RobotPlanTestData.MunicipalReviewer);

        using var created = await municipal.Http.PostAsync("/Experts/Profiles/Create", await FormAsync(municipal, "/Experts/Profiles/Create",
            [("Input.UserId", userId.ToString()), ("Input.Fields", "SR-REHAB"), ("Input.EmployerName", "重庆理工大学")]));

        created.StatusCode.ShouldBe(HttpStatusCode.Redirect, await created.Content.ReadAsStringAsync());
        (await municipal.Http.GetStringAsync("/Experts/Profiles/Index")).ShouldContain("重庆理工大学");
    }

    /// <summary>A form body with repeated names (checkboxes), which the dictionary of <see cref="PageClient.PostFormAsync"/> cannot carry.</summary>
    private static async Task<FormUrlEncodedContent> FormAsync(PageClient client, string page, (string, string)[] fields)
    {
        var html = await client.Http.GetStringAsync(page);
        var token = System.Text.RegularExpressions.Regex.Match(html, "name=\"__RequestVerificationToken\" type=\"hidden\" value=\"([^\"]+)\"").Groups[1].Value;
        return new FormUrlEncodedContent([.. fields.Select(f => KeyValuePair.Create(f.Item1, f.Item2)), KeyValuePair.Create("__RequestVerificationToken", token)]);
    }
}
