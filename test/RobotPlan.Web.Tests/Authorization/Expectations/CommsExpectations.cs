using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using RobotPlan.SavedSearches;

namespace RobotPlan.Web.Tests.Authorization.Expectations;

/// <summary>Notifications (besides the list and read rows in CatalogListingExpectations), saved searches, announcements, dashboard.</summary>
internal sealed class CommsExpectations : IEndpointExpectations
{
    public IEnumerable<EndpointCase> Cases =>
    [
        EndpointCase.Get("api/app/notifications/unread-count", _ => "/api/app/notifications/unread-count", "anon=401 *=200"),
        EndpointCase.Send("POST", "api/app/notifications/read-all", _ => "/api/app/notifications/read-all", "anon=401 *=200", (_, _) => null),

        // Saving a search is anonymous by design: everyone may, with their own address.
        EndpointCase.Send("POST", "api/public/saved-searches", _ => "/api/public/saved-searches", "*=200",
            (c, a) => MatrixContext.Json(new { email = $"{c.Unique("matrix")}-{a}@buyer.example.cn", keyword = "焊接" })),
        new("POST", "api/public/saved-searches/confirm", async c => $"/api/public/saved-searches/confirm?token={(await NewSearchAsync(c)).ConfirmToken}",
            Expect.Parse("*=200")),
        new("POST", "api/public/saved-searches/unsubscribe",
            async c => $"/api/public/saved-searches/unsubscribe?token={(await NewSearchAsync(c)).UnsubscribeToken}", Expect.Parse("*=200")),

        EndpointCase.Get("api/app/announcements", _ => "/api/app/announcements", Municipal),
        new("GET", "api/app/announcements/{id:guid}", async c => $"/api/app/announcements/{(await NewAnnouncementAsync(c)).Id}", Expect.Parse(Municipal)),
        EndpointCase.Send("POST", "api/app/announcements", _ => "/api/app/announcements", Municipal, (_, _) => AnnouncementBody(null)),
        EndpointCase.SendAsync("PUT", "api/app/announcements/{id:guid}", async c => $"/api/app/announcements/{(await NewAnnouncementAsync(c)).Id}",
            Municipal, (_, _) => Task.FromResult<HttpContent?>(AnnouncementBody(null))),
        new("POST", "api/app/announcements/{id:guid}/withdraw", async c => $"/api/app/announcements/{(await NewAnnouncementAsync(c)).Id}/withdraw",
            Expect.Parse(Municipal)),
        new("POST", "api/app/announcements/{id:guid}/attachments", async c => $"/api/app/announcements/{(await NewAnnouncementAsync(c)).Id}/attachments",
            Expect.Parse(Municipal)) { Body = (_, _) => Task.FromResult<HttpContent?>(RobotPlan.Web.Tests.Multipart.File(RobotPlan.Web.Tests.Multipart.Pdf, "政策.pdf")) },
        new("DELETE", "api/app/announcements/{id:guid}/attachments/{fileId:guid}", async c =>
        {
            var a = await NewAnnouncementAsync(c, withAttachment: true);
            return $"/api/app/announcements/{a.Id}/attachments/{a.AttachmentFileIds[0]}";
        }, Expect.Parse(Municipal)),

        EndpointCase.Get("api/public/announcements", _ => "/api/public/announcements", "*=200"),
        new("GET", "api/public/announcements/{id:guid}", async c => $"/api/public/announcements/{(await NewAnnouncementAsync(c)).Id}", Expect.Parse("*=200")),
        new("GET", "api/public/announcements/{id:guid}/attachments/{fileId:guid}", async c =>
        {
            var a = await NewAnnouncementAsync(c, withAttachment: true);
            return $"/api/public/announcements/{a.Id}/attachments/{a.AttachmentFileIds[0]}";
        }, Expect.Parse("*=200")),
        EndpointCase.Get("api/public/announcements/feed", _ => "/api/public/announcements/feed", "*=200"),

        EndpointCase.Get("api/app/dashboard", _ => "/api/app/dashboard", Dashboard),
        EndpointCase.Get("api/app/dashboard/export", _ => "/api/app/dashboard/export?chart=budget", Dashboard),
        EndpointCase.Get("api/public/summary", _ => "/api/public/summary", "*=200"),
    ];

    private const string Dashboard = "anon=401 mun=200 fin=200 admin=200 *=403";

    private const string Municipal = "anon=401 mun=200 *=403";

    private static HttpContent AnnouncementBody(string? stamp) => MatrixContext.Json(new
    {
        kind = "PolicyDocument", title = "矩阵测试公告", body = "矩阵测试公告正文", concurrencyStamp = stamp,
    });

    /// <summary>A public announcement, made through the app service as a municipal reviewer would (with a stored PDF when asked).</summary>
    private static async Task<RobotPlan.Announcements.Announcement> NewAnnouncementAsync(MatrixContext c, bool withAttachment = false)
    {
        await using var scope = c.Factory.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<RobotPlan.EntityFrameworkCore.RobotPlanDbContext>();
        var announcement = new RobotPlan.Announcements.Announcement(RobotPlan.Announcements.AnnouncementKind.Result, "矩阵公告", "正文", null, null,
            DateTime.UtcNow.AddMinutes(-1), null);
        if (withAttachment)
        {
            var file = await scope.ServiceProvider.GetRequiredService<RobotPlan.Files.FileStore>().SaveAsync(
                new RobotPlan.Files.FileUpload(new MemoryStream(RobotPlan.Web.Tests.Multipart.Pdf), "附件.pdf", RobotPlan.Web.Tests.Multipart.Pdf.Length), null, false, default);
            announcement.AddAttachment(file.Id);
        }
        db.Add(announcement);
        await db.SaveChangesAsync();
        return announcement;
    }

    private static async Task<SavedSearch> NewSearchAsync(MatrixContext c)
    {
        await using var scope = c.Factory.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<RobotPlan.EntityFrameworkCore.RobotPlanDbContext>();
        var search = new SavedSearch($"{c.Unique("token")}@buyer.example.cn", "焊接", null, null, null);
        db.Add(search);
        await db.SaveChangesAsync();
        return search;
    }
}
