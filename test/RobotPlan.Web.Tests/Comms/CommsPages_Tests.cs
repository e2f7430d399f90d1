using System.Net;
using System.Net.Http.Json;
using System.Xml.Linq;
using RobotPlan.Web.Tests.Infrastructure;

namespace RobotPlan.Web.Tests.Comms;

/// <summary>The portal side: announcements on the home page, their page and the Atom feed; the saved-search links.</summary>
public sealed class CommsPages_Tests(RobotPlanWebFactory factory) : IClassFixture<RobotPlanWebFactory>
{
    private static readonly XNamespace Atom = "http://www.w3.org/2005/Atom";

    private record Created(Guid Id);

    private async Task<Created> PublishAsync(string title)
    {
        var municipal = await factory.ClientForAsync(RobotPlanTestData.MunicipalReviewer);
        var response = await municipal.PostAsJsonAsync("/api/app/announcements", new { kind = "CallForApplications", title, body = "申报材料请于截止日前提交。" });
        response.EnsureSuccessStatusCode();
        return (await response.Content.ReadFromJsonAsync<Created>())!;
    }

    [Fact]
    public async Task Should_List_A_Published_Announcement_On_The_Home_Page_Its_Page_And_The_Atom_Feed()
    {
        var announcement = await PublishAsync("关于开展2026年度首台套目录申报的通知");
        var anonymous = await factory.ClientForAsync(null);

        (await anonymous.GetStringAsync("/")).ShouldContain("关于开展2026年度首台套目录申报的通知");
        (await anonymous.GetStringAsync($"/announcements/{announcement.Id}")).ShouldContain("申报材料请于截止日前提交。");

        var feed = await anonymous.GetAsync("/announcements/feed.atom");
        feed.StatusCode.ShouldBe(HttpStatusCode.OK);
        feed.Content.Headers.ContentType!.MediaType.ShouldBe("application/atom+xml");
        var xml = XDocument.Parse(await feed.Content.ReadAsStringAsync());
        xml.Root!.Name.ShouldBe(Atom + "feed");
        var entry = xml.Root.Elements(Atom + "entry").Single(e => e.Element(Atom + "id")!.Value == $"urn:uuid:{announcement.Id}");
        entry.Element(Atom + "title")!.Value.ShouldBe("关于开展2026年度首台套目录申报的通知");
        entry.Element(Atom + "link")!.Attribute("href")!.Value.ShouldEndWith($"/announcements/{announcement.Id}");
    }

    [Fact]
    public async Task Should_Answer_404_For_A_Withdrawn_Announcement_Page()
    {
        var announcement = await PublishAsync("将撤回的通知");
        var municipal = await factory.ClientForAsync(RobotPlanTestData.MunicipalReviewer);
        (await municipal.PostAsync($"/api/app/announcements/{announcement.Id}/withdraw", null)).EnsureSuccessStatusCode();

        var anonymous = await factory.ClientForAsync(null);
        (await anonymous.GetAsync($"/announcements/{announcement.Id}")).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await anonymous.GetStringAsync("/announcements/feed.atom")).ShouldNotContain("将撤回的通知");
    }

    [Fact]
    public async Task Should_Offer_The_Saved_Search_Form_With_The_Criteria_And_Refuse_An_Unknown_Link()
    {
        var anonymous = await factory.ClientForAsync(null);
        var form = await anonymous.GetStringAsync("/saved-searches/new?Keyword=%E7%84%8A%E6%8E%A5&Catalog=FirstUnit");
        form.ShouldContain("data-testid=\"saved-search-form\"");
        form.ShouldContain("value=\"焊接\"");

        var unknown = await anonymous.GetAsync("/saved-searches/confirm?token=unknown-token-1234567890");
        unknown.StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await unknown.Content.ReadAsStringAsync()).ShouldContain("data-testid=\"saved-search-result\"");
    }

    [Fact]
    public async Task Should_Let_A_Municipal_Reviewer_Publish_Through_The_Form_And_Keep_Others_Out()
    {
        var municipal = await Pages.PageClient.SignedInAsync(factory, RobotPlanTestData.MunicipalReviewer);
        var response = await municipal.PostFormAsync("/announcements/manage", "/announcements/manage", new Dictionary<string, string>
        {
            ["Input.Kind"] = "PolicyDocument", ["Input.Title"] = "机器人产业政策解读", ["Input.Body"] = "第一段。\n第二段。",
        });
        response.StatusCode.ShouldBe(HttpStatusCode.Redirect, await response.Content.ReadAsStringAsync());
        (await municipal.Http.GetStringAsync(response.Headers.Location!.OriginalString)).ShouldContain("机器人产业政策解读");
        (await (await factory.ClientForAsync(null)).GetStringAsync("/announcements")).ShouldContain("机器人产业政策解读");

        var invalid = await municipal.PostFormAsync("/announcements/manage", "/announcements/manage", new Dictionary<string, string>
        {
            ["Input.Kind"] = "Result", ["Input.Title"] = "过期的通知", ["Input.Body"] = "正文",
            ["Input.PublishAt"] = "2030-01-02T09:00", ["Input.ExpiresAt"] = "2030-01-01T09:00",
        });
        invalid.StatusCode.ShouldBe(HttpStatusCode.OK);
        (await invalid.Content.ReadAsStringAsync()).ShouldContain("截止日期须晚于发布日期");

        var enterprise = await Pages.PageClient.SignedInAsync(factory, RobotPlanTestData.EnterpriseAUser);
        var denied = await enterprise.Http.GetAsync("/announcements/manage");
        denied.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        denied.Headers.Location!.OriginalString.ShouldContain("/Account/AccessDenied");
        (await enterprise.Http.GetAsync("/dashboard")).Headers.Location!.OriginalString.ShouldContain("/Account/AccessDenied");
    }

    [Fact]
    public async Task Should_Render_The_Dashboard_For_Finance_And_The_Summary_For_Anyone()
    {
        var finance = await Pages.PageClient.SignedInAsync(factory, RobotPlanTestData.FinanceOfficer);
        var html = await finance.Http.GetStringAsync("/dashboard");
        html.ShouldContain("data-testid=\"chart-funnel\"");
        html.ShouldContain("id=\"dashboard-data\"");
        (await (await factory.ClientForAsync(null)).GetStringAsync("/summary")).ShouldContain("data-testid=\"summary-active\"");
    }

    [Fact]
    public async Task Should_Mark_All_Notifications_Read_From_The_Page()
    {
        var reviewer = await Pages.PageClient.SignedInAsync(factory, RobotPlanTestData.DistrictReviewerOfA);
        await factory.WithDbAsync(async db =>
        {
            var user = db.Users.Single(u => u.UserName == RobotPlanTestData.DistrictReviewerOfA);
            db.Add(RobotPlan.Notifications.Notification.ToUser(user.Id, "task-arrived", "Notification:TaskArrived", ["协作机器人", "凌云"], "/notifications",
                DateTime.UtcNow));
            return await db.SaveChangesAsync();
        });
        (await reviewer.Http.GetStringAsync("/notifications")).ShouldContain("协作机器人");

        var response = await reviewer.PostFormAsync("/notifications", "/notifications?handler=ReadAll", []);

        response.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        var api = await factory.ClientForAsync(RobotPlanTestData.DistrictReviewerOfA);
        (await api.GetStringAsync("/api/app/notifications/unread-count")).ShouldContain("\"unreadCount\":0");
    }
}
