using System.Net;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using RobotPlan.Web.Tests.BadInput;
using RobotPlan.Web.Tests.Infrastructure;

namespace RobotPlan.Web.Tests.Comms;

/// <summary>S-D for notifications, saved searches, announcements and the dashboard: 400 naming the field, nothing written.</summary>
public sealed class CommsBadInput_Tests(RobotPlanWebFactory factory) : IClassFixture<RobotPlanWebFactory>
{
    private const string Saved = "/api/public/saved-searches";

    public static TheoryData<BadInputCase> Cases() =>
    [
        new("saved search not JSON", "POST", Saved, null, "{ nope", "$"),
        new("saved search without e-mail", "POST", Saved, null, """{ "keyword": "焊接" }""", "email"),
        new("saved search with a bad e-mail", "POST", Saved, null, """{ "email": "not-an-address", "keyword": "焊接" }""", "email"),
        new("saved search with a huge e-mail", "POST", Saved, null, $$"""{ "email": "{{new string('a', 300)}}@x.cn" }""", "email"),
        new("saved search with a huge keyword", "POST", Saved, null, $$"""{ "email": "a@b.cn", "keyword": "{{new string('焊', 500)}}" }""", "keyword"),
        new("saved search with an unknown catalog", "POST", Saved, null, """{ "email": "a@b.cn", "catalog": "Nope" }""", "catalog"),
        new("saved search with a bad jurisdiction", "POST", Saved, null, """{ "email": "a@b.cn", "jurisdiction": "x" }""", "jurisdiction"),
        new("confirm without token", "POST", Saved + "/confirm", null, "", "token"),
        new("confirm with a huge token", "POST", Saved + "/confirm?token=" + new string('t', 500), null, "", "token"),
        new("unsubscribe without token", "POST", Saved + "/unsubscribe", null, "", "token"),
        new("announcement not JSON", "POST", News, Mun, "{ nope", "$"),
        new("announcement without kind", "POST", News, Mun, """{ "title": "标题", "body": "正文" }""", "kind"),
        new("announcement with an unknown kind", "POST", News, Mun, """{ "kind": "Gossip", "title": "标题", "body": "正文" }""", "kind"),
        new("announcement without title", "POST", News, Mun, """{ "kind": "Result", "body": "正文" }""", "title"),
        new("announcement with a huge title", "POST", News, Mun, $$"""{ "kind": "Result", "title": "{{new string('标', 500)}}", "body": "正文" }""", "title"),
        new("announcement with an impossible date", "POST", News, Mun, """{ "kind": "Result", "title": "标题", "body": "正文", "publishAt": "2025-02-30T09:00:00" }""", "publishAt"),
        new("announcement with a date out of range", "POST", News, Mun, """{ "kind": "Result", "title": "标题", "body": "正文", "publishAt": "1800-01-01T09:00:00" }""", "publishAt"),
        new("announcement expiring before it is published", "POST", News, Mun,
            """{ "kind": "Result", "title": "标题", "body": "正文", "publishAt": "2030-01-02T09:00:00", "expiresAt": "2030-01-01T09:00:00" }""", "expiresAt"),
        new("announcement linked to an unknown batch", "POST", News, Mun,
            $$"""{ "kind": "Result", "title": "标题", "body": "正文", "batchId": "{{Guid.CreateVersion7()}}" }""", "batchId"),
        new("announcement list page beyond the cap", "GET", News + "?maxResultCount=1000", Mun, "", "maxResultCount"),
        new("public announcements with an unknown kind", "GET", "/api/public/announcements?kind=Gossip", null, "", "kind"),
        new("dashboard export without chart", "GET", "/api/app/dashboard/export", Mun, "", "chart"),
        new("dashboard export of an unknown chart", "GET", "/api/app/dashboard/export?chart=salaries", Mun, "", "chart"),
        new("dashboard export with operators in the chart", "GET", "/api/app/dashboard/export?chart=budget';--", Mun, "", "chart"),
        new("notifications with a negative skip", "GET", "/api/app/notifications?skipCount=-1", Mun, "", "skipCount"),
    ];

    private const string News = "/api/app/announcements";
    private const string Mun = RobotPlanTestData.MunicipalReviewer;

    [Theory]
    [MemberData(nameof(Cases))]
    public async Task Should_Answer_400_Naming_The_Field_And_Change_Nothing(BadInputCase bad)
    {
        var before = await CountAsync();
        var client = await factory.ClientForAsync(bad.User);
        using var request = new HttpRequestMessage(new HttpMethod(bad.Method), bad.Url)
        {
            Content = bad.Method == "GET" || bad.RawBody.Length == 0 ? null : bad.Content,
        };

        var response = await client.SendAsync(request);

        response.StatusCode.ShouldBe(HttpStatusCode.BadRequest, await response.Content.ReadAsStringAsync());
        var errors = JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement.GetProperty("errors");
        errors.EnumerateObject().Select(e => e.Name).ShouldContain(name => name.Equals(bad.Field, StringComparison.OrdinalIgnoreCase)  || (bad.Field == "$" && name.StartsWith('$')), $"errors: {errors}");
        (await CountAsync()).ShouldBe(before);
    }

    private Task<(int, int, int, int)> CountAsync() => factory.WithDbAsync(async db => (
        await db.Set<RobotPlan.SavedSearches.SavedSearch>().CountAsync(),
        await db.Set<RobotPlan.Announcements.Announcement>().CountAsync(),
        await db.Set<RobotPlan.Notifications.OutboxEmail>().CountAsync(),
        await db.Set<RobotPlan.Notifications.Notification>().CountAsync(n => n.ReadAt != null)));
}
