using System.Net;
using RobotPlan.Units;
using RobotPlan.Web.Tests.Authorization;
using RobotPlan.Web.Tests.Authorization.Expectations;
using RobotPlan.Web.Tests.Infrastructure;
using RobotPlan.Web.Tests.Pages;

namespace RobotPlan.Web.Tests.Credit;

/// <summary>The registry and trace pages: the trace shows the unit's links; the reviewer suspends from a major incident.</summary>
public sealed class UnitPages_Tests(RobotPlanWebFactory factory) : IClassFixture<RobotPlanWebFactory>
{
    [Fact]
    public async Task Should_Show_The_Trace_And_Suspend_Listings_From_A_Major_Incident_In_One_Step()
    {
        var listing = await ListingTestPublisher.PublishAsync(factory.Services, "LY-W6", CatalogListings.CatalogKind.FirstUnit, DateOnly.FromDateTime(DateTime.UtcNow));
        var (unit, incident) = await UnitExpectations.UnitAsync(new MatrixContext(factory), IncidentSeverity.Major);
        var page = await PageClient.SignedInAsync(factory, RobotPlanTestData.MunicipalReviewer);

        var html = await page.Http.GetStringAsync($"/Units/Trace/{unit}");
        html.ShouldContain("data-testid=\"trace-serial\"");
        html.ShouldContain(listing.Number);
        html.ShouldContain("data-testid=\"incident-suspend\"");

        var response = await page.PostFormAsync($"/Units/Trace/{unit}", $"/Units/Trace/{unit}?handler=Suspend&incidentId={incident}", new()
        {
            ["suspend.Reason"] = "重大质量事故", ["suspend.DocumentNumber"] = "渝经信质〔2025〕8号", ["suspend.DocumentDate"] = "2025-09-26",
        });
        response.StatusCode.ShouldBe(HttpStatusCode.Redirect, await response.Content.ReadAsStringAsync());
        var after = await page.Http.GetStringAsync($"/Units/Trace/{unit}");
        after.ShouldNotContain("data-testid=\"incident-suspend\"");
        (await (await factory.ClientForAsync(null)).GetStringAsync($"/listings/{listing.Number}")).ShouldContain("渝经信质〔2025〕8号");

        var other = await PageClient.SignedInAsync(factory, RobotPlanTestData.EnterpriseBUser);
        (await other.Http.GetAsync($"/Units/Trace/{unit}")).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await other.Http.GetAsync("/Units")).StatusCode.ShouldBe(HttpStatusCode.OK);
    }

    [Fact]
    public async Task Should_Let_An_Enterprise_Register_A_Unit_On_The_Page_And_Find_It_By_Serial()
    {
        var productId = await factory.WithDbAsync(db => Microsoft.EntityFrameworkCore.EntityFrameworkQueryableExtensions.SingleAsync(
            db.Products.Where(p => p.Model == "LY-P180").Select(p => p.Id)));
        var page = await PageClient.SignedInAsync(factory, RobotPlanTestData.EnterpriseAUser);
        var response = await page.PostFormAsync("/Units", "/Units?handler=Register", new()
        {
            ["Input.ProductId"] = productId.ToString(), ["Input.SerialNumber"] = "P180-PAGE-01", ["Input.BuyerName"] = "重庆某汽车厂",
            ["Input.DeliveryDate"] = "2025-08-01", ["Input.InstallationSite"] = "两江新区",
        });
        response.StatusCode.ShouldBe(HttpStatusCode.Redirect, await response.Content.ReadAsStringAsync());
        var html = await page.Http.GetStringAsync("/Units?Filter.SerialNumber=P180-PAGE-01");
        html.ShouldContain("两江新区");

        var duplicate = await page.PostFormAsync("/Units", "/Units?handler=Register", new()
        {
            ["Input.ProductId"] = productId.ToString(), ["Input.SerialNumber"] = "P180-PAGE-01",
        });
        duplicate.StatusCode.ShouldBe(HttpStatusCode.OK);
        (await duplicate.Content.ReadAsStringAsync()).ShouldContain("P180-PAGE-01");
    }
}
