using Microsoft.Playwright;
using RobotPlan.CatalogListings;
using RobotPlan.Data;
using RobotPlan.Units;
using RobotPlan.Web.Tests.Authorization;
using RobotPlan.Web.Tests.Authorization.Expectations;

namespace RobotPlan.Web.Tests.Browser;

/// <summary>A reviewer blacklists a product on the credit page; the public list and the unit's trace show it (screenshots saved).</summary>
[Trait("Category", "Browser")]
public sealed class CreditAndTrace_BrowserTests(BrowserFixture browser) : IClassFixture<BrowserFixture>
{
    [SkippableFact]
    public async Task Should_Blacklist_On_The_Credit_Page_And_See_It_Public_And_On_The_Trace()
    {
        Skip.IfNot(BrowserFixture.ChromiumAvailable, "Chromium is not installed (apt-get install chromium)");
        var listing = await ListingTestPublisher.PublishAsync(browser.Services, "LY-W6", CatalogKind.FirstUnit, DateOnly.FromDateTime(DateTime.UtcNow));
        var (unit, _) = await UnitExpectations.UnitAsync(new MatrixContext(browser), IncidentSeverity.Major);

        var page = await browser.NewPageAsync();
        await browser.SignInAsync(page, DemoUsers.Municipal);

        await page.GotoAsync($"{browser.BaseUrl}/Credit/Records?subjectKind=Product&subjectId={listing.ProductId}");
        var form = page.GetByTestId("credit-create");
        await form.Locator("[name='Input.Kind']").SelectOptionAsync("SeriousDishonesty");
        await form.Locator("[name='Input.Reason']").FillAsync("检测数据造假");
        await form.Locator("[name='Input.DocumentNumber']").FillAsync("渝经信信用〔2025〕99号");
        await form.Locator("button[type=submit]").ClickAsync();
        await Assertions.Expect(page.GetByTestId("credit-table")).ToContainTextAsync("渝经信信用〔2025〕99号");
        await browser.ScreenshotAsync(page, "credit-records");

        await page.GotoAsync(browser.BaseUrl + "/credit");
        await Assertions.Expect(page.GetByTestId("credit-public-table")).ToContainTextAsync("检测数据造假");
        await browser.ScreenshotAsync(page, "credit-public");

        await page.GotoAsync($"{browser.BaseUrl}/Units/Trace/{unit}");
        await Assertions.Expect(page.GetByTestId("trace-listings")).ToContainTextAsync(listing.Number);
        await browser.ScreenshotAsync(page, "unit-trace");
    }
}
