using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using RobotPlan.CatalogListings;
using RobotPlan.Notifications;

namespace RobotPlan.Web.Tests.Authorization.Expectations;

internal sealed class CatalogListingExpectations : IEndpointExpectations
{
    private const string Municipal = "anon=401 mun=200 *=403";
    private const string Public = "*=200";

    public IEnumerable<EndpointCase> Cases =>
    [
        EndpointCase.Get("api/app/catalog-listings", _ => "/api/app/catalog-listings", Municipal),
        new("GET", "api/app/catalog-listings/{id:guid}", async c => $"/api/app/catalog-listings/{await NewListingAsync(c)}", Expect.Parse(Municipal)),
        // A fresh Active listing per request, so the reviewer's 200 never depends on an earlier change.
        Change("suspend"), Change("revoke"),
        EndpointCase.SendAsync("POST", "api/app/catalog-listings/{id:guid}/reinstate", async c => $"/api/app/catalog-listings/{await SuspendedAsync(c)}/reinstate",
            Municipal, (_, _) => Task.FromResult<HttpContent?>(Body())),

        EndpointCase.Get("api/app/notifications", _ => "/api/app/notifications", "anon=401 *=200"),
        // A's notification: another user's answers 404, never its content.
        new("POST", "api/app/notifications/{id:guid}/read", async c => $"/api/app/notifications/{await NotificationOfAAsync(c)}/read",
            Expect.Parse("anon=401 A=200 *=404")),

        EndpointCase.Get("api/public/listings", _ => "/api/public/listings?keyword=焊接", Public),
        new("GET", "api/public/listings/{number}", async c => $"/api/public/listings/{await NumberAsync(c)}", Expect.Parse(Public)),
        new("GET", "api/public/listings/{number}/reports/{reportId:guid}/file", ReportFileUrlAsync, Expect.Parse(Public)),
        EndpointCase.Get("api/public/listings/export", _ => "/api/public/listings/export?keyword=焊接", Public),
        EndpointCase.Get("api/public/listings/published", _ => "/api/public/listings/published?catalog=FirstUnit&year=2025", Public),
    ];

    private static EndpointCase Change(string action) =>
        EndpointCase.SendAsync("POST", $"api/app/catalog-listings/{{id:guid}}/{action}",
            async c => $"/api/app/catalog-listings/{await NewListingAsync(c)}/{action}", Municipal, (_, _) => Task.FromResult<HttpContent?>(Body()));

    public static HttpContent Body() =>
        MatrixContext.Json(new { reason = "矩阵测试", documentNumber = "渝经信函〔2025〕1号", documentDate = "2025-09-26" });

    public static async Task<Guid> NewListingAsync(MatrixContext c) =>
        (await ListingTestPublisher.PublishAsync(c.Factory.Services, "LY-W6", CatalogKind.FirstUnit, new DateOnly(2025, 9, 26))).Id;

    private static async Task<string> NumberAsync(MatrixContext c) =>
        (await ListingTestPublisher.PublishAsync(c.Factory.Services, "LY-W6", CatalogKind.FirstUnit, new DateOnly(2025, 9, 26))).Number;

    private static async Task<string> ReportFileUrlAsync(MatrixContext c)
    {
        var listing = await ListingTestPublisher.PublishAsync(c.Factory.Services, "LY-W6", CatalogKind.FirstUnit, new DateOnly(2025, 9, 26));
        return $"/api/public/listings/{listing.Number}/reports/{listing.ReliedOnReportIds[0]}/file";
    }

    private static async Task<Guid> SuspendedAsync(MatrixContext c)
    {
        var id = await NewListingAsync(c);
        var client = await c.ClientAsync(Actor.Municipal);
        (await client.PostAsync($"/api/app/catalog-listings/{id}/suspend", Body())).EnsureSuccessStatusCode();
        return id;
    }

    private static async Task<Guid> NotificationOfAAsync(MatrixContext c)
    {
        await using var scope = c.Factory.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<RobotPlan.EntityFrameworkCore.RobotPlanDbContext>();
        var note = Notification.ToEnterprise(c.Data.EnterpriseAId, NotificationConsts.ListingExpiryWarning, "Notification:ListingExpiresSoon",
            ["SDT-2025-0001", "六轴焊接机器人", "2028-09-26"], "/listings/SDT-2025-0001", DateTime.UtcNow);
        db.Add(note);
        await db.SaveChangesAsync();
        return note.Id;
    }
}
