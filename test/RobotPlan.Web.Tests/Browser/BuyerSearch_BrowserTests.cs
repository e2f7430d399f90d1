using Microsoft.Playwright;

namespace RobotPlan.Web.Tests.Browser;

/// <summary>
/// The buyer's end of the catalog path, in a real browser without signing in: a Chinese substring finds a
/// listed product through the htmx search page, the listing page opens, and the Excel export downloads.
/// </summary>
[Trait("Category", "Browser")]
public sealed class BuyerSearch_BrowserTests(BrowserFixture browser) : IClassFixture<BrowserFixture>
{
    [SkippableFact]
    public async Task Should_Let_An_Anonymous_Buyer_Find_A_Listing_By_Substring_And_Download_The_Excel()
    {
        Skip.IfNot(BrowserFixture.ChromiumAvailable, "Chromium is not installed (apt-get install chromium)");
        var page = await browser.NewPageAsync();

        await page.GotoAsync(browser.BaseUrl + "/search");
        await page.GetByTestId("search-keyword").FillAsync("减速器"); // a substring of the listed "RV-40E 精密减速器"
        await page.GetByTestId("search-submit").ClickAsync();
        // Before the search the page lists every Active listing (LJ-C7 among them): it must be gone after the swap.
        await Assertions.Expect(page.Locator("#results")).Not.ToContainTextAsync("LJ-C7");
        await Assertions.Expect(page.Locator("#results")).ToContainTextAsync("RV-40E");
        await browser.ReadmeScreenshotAsync(page, "buyer-1-search");

        var download = await page.RunAndWaitForDownloadAsync(() =>
            page.Locator("#results a[href*='/api/public/listings/export']").ClickAsync());
        download.SuggestedFilename.ShouldEndWith(".xlsx");
        var path = Path.Combine(browser.ScreenshotFolder, download.SuggestedFilename);
        await download.SaveAsAsync(path);
        var bytes = await File.ReadAllBytesAsync(path);
        bytes.Take(2).ShouldBe("PK"u8.ToArray()); // an .xlsx is a zip package

        await page.Locator("#results a[href^='/listings/']").First.ClickAsync();
        await Assertions.Expect(page.Locator("main")).ToContainTextAsync("SDT-");
        await browser.ScreenshotAsync(page, "buyer-2-listing");
    }
}
