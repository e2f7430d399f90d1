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
}
