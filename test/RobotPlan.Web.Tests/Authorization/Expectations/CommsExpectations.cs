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
    ];

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
