using Microsoft.Playwright;
using RobotPlan.CatalogListings;
using RobotPlan.Data;
using RobotPlan.Dashboard;

namespace RobotPlan.Web.Tests.Browser;

/// <summary>The programme dashboard in a real browser: every chart is drawn by ECharts (a canvas), its table matches, the Excel downloads.</summary>
[Trait("Category", "Browser")]
public sealed class Dashboard_BrowserTests(BrowserFixture browser) : IClassFixture<BrowserFixture>
{
    [SkippableFact]
    public async Task Should_Draw_Every_Chart_With_Its_Table_For_A_Municipal_Reviewer()
    {
        Skip.IfNot(BrowserFixture.ChromiumAvailable, "Chromium is not installed (apt-get install chromium)");
        await ListingTestPublisher.PublishAsync(browser.Services, "RV-40E", CatalogKind.FirstUnit, new DateOnly(2025, 9, 26));
        await ListingTestPublisher.PublishAsync(browser.Services, "BY-R1", CatalogKind.KeyProcurement, new DateOnly(2025, 9, 26));
        var page = await browser.NewPageAsync();
        var errors = new List<string>();
        page.Console += (_, m) => { if (m.Type == "error") errors.Add(m.Text); };
        await browser.SignInAsync(page, DemoUsers.Municipal);

        // What the shared layout already logs (e.g. a missing favicon) is not the dashboard's doing.
        var layoutErrors = errors.ToList();
        errors.Clear();
        await page.GetByTestId("nav-dashboard").ClickAsync();
        foreach (var chart in DashboardCharts.All)
        {
            // ECharts draws into a canvas it creates inside the container; a canvas of real size means the chart rendered.
            var canvas = page.GetByTestId("chart-" + chart).Locator("canvas").First;
            await Assertions.Expect(canvas).ToBeVisibleAsync();
            var box = await canvas.BoundingBoxAsync();
            box.ShouldNotBeNull();
            box.Width.ShouldBeGreaterThan(100);
            box.Height.ShouldBeGreaterThan(100);
        }
        await Assertions.Expect(page.GetByTestId("table-listings-by-catalog").Locator("tbody tr")).ToHaveCountAsync(2);
        await browser.ReadmeScreenshotAsync(page, "dashboard-1-charts");

        var download = await page.RunAndWaitForDownloadAsync(() => page.GetByTestId("excel-listings-by-catalog").ClickAsync());
        download.SuggestedFilename.ShouldBe("dashboard-listings-by-catalog.xlsx");
        errors.Except(layoutErrors).ShouldBeEmpty();
    }
}
