using System.Net;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using RobotPlan.CatalogListings;
using RobotPlan.Web.Tests.BadInput;
using RobotPlan.Web.Tests.Infrastructure;

namespace RobotPlan.Web.Tests.Listings;

/// <summary>S-D for the listing endpoints: a 400 naming the field, never a 500, and nothing changes.</summary>
public sealed class ListingBadInput_Tests(RobotPlanWebFactory factory) : IClassFixture<RobotPlanWebFactory>
{
    private const string Search = "/api/public/listings";
    private const string Mun = RobotPlanTestData.MunicipalReviewer;
    private static readonly string Suspend = $"/api/app/catalog-listings/{Guid.CreateVersion7()}/suspend";

    public static TheoryData<BadInputCase> Cases() =>
    [
        new("page size beyond the cap", "GET", Search + "?maxResultCount=1000", null, "", "maxResultCount"),
        new("negative skip", "GET", Search + "?skipCount=-1", null, "", "skipCount"),
        new("deep page", "GET", Search + "?skipCount=500000", null, "", "skipCount"),
        new("unknown catalog", "GET", Search + "?catalog=Nope", null, "", "catalog"),
        new("date out of range", "GET", Search + "?validOn=1900-01-01", null, "", "validOn"),
        new("not a date", "GET", Search + "?validOn=2025-13-45", null, "", "validOn"),
        new("not a guid", "GET", Search + "?jurisdiction=not-a-guid", null, "", "jurisdiction"),
        new("huge keyword", "GET", Search + "?keyword=" + new string('焊', 500), null, "", "keyword"),
        new("export page size beyond the cap", "GET", Search + "/export?maxResultCount=1000", null, "", "maxResultCount"),
        new("published without year", "GET", Search + "/published?catalog=FirstUnit", null, "", "year"),
        new("published unknown catalog", "GET", Search + "/published?catalog=9&year=2025", null, "", "catalog"),
        new("change not JSON", "POST", Suspend, Mun, "{ nope", "$"),
        new("change without reason", "POST", Suspend, Mun, """{ "reason": "", "documentNumber": "1", "documentDate": "2025-09-26" }""", "reason"),
        new("change with impossible date", "POST", Suspend, Mun, """{ "reason": "r", "documentNumber": "1", "documentDate": "2025-02-30" }""", "documentDate"),
        new("change with huge document number", "POST", Suspend, Mun,
            $$"""{ "reason": "r", "documentNumber": "{{new string('号', 500)}}", "documentDate": "2025-09-26" }""", "documentNumber"),
        new("notifications page beyond the cap", "GET", "/api/app/notifications?maxResultCount=1000", RobotPlanTestData.EnterpriseAUser, "", "maxResultCount"),
    ];

    [Theory]
    [MemberData(nameof(Cases))]
    public async Task Should_Answer_400_Naming_The_Field_And_Change_Nothing(BadInputCase bad)
    {
        await ListingTestPublisher.PublishAsync(factory.Services, "RV-40E", CatalogKind.FirstUnit, new DateOnly(2025, 9, 26));
        var before = await CountAsync();
        var client = await factory.ClientForAsync(bad.User);
        using var request = new HttpRequestMessage(new HttpMethod(bad.Method), bad.Url) { Content = bad.Method == "GET" ? null : bad.Content };

        var response = await client.SendAsync(request);

        response.StatusCode.ShouldBe(HttpStatusCode.BadRequest, await response.Content.ReadAsStringAsync());
        var errors = JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement.GetProperty("errors");
        errors.EnumerateObject().Select(e => e.Name).ShouldContain(name => name.Equals(bad.Field, StringComparison.OrdinalIgnoreCase)
            || (bad.Field == "$" && name.StartsWith('$')), $"errors: {errors}");
        (await CountAsync()).ShouldBe(before);
    }

    private Task<int> CountAsync() => factory.WithDbAsync(db => db.Set<RobotPlan.CatalogListings.CatalogListingStatusChange>().CountAsync());
}
