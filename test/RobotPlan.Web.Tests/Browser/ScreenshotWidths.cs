using Microsoft.Playwright;

namespace RobotPlan.Web.Tests.Browser;

internal static class ScreenshotWidths
{
    /// <summary>A decision page as its user sees it on a phone (390 px) and a desk (1366 px), U-A's two ends; the page is left at 1366.</summary>
    public static async Task ScreenshotWidthsAsync(this ChromiumHostFixture browser, IPage page, string name)
    {
        await page.SetViewportSizeAsync(390, 844);
        await browser.ScreenshotAsync(page, name + "-390");
        (await page.EvaluateAsync<bool>("document.documentElement.scrollWidth <= window.innerWidth")).ShouldBeTrue($"{name}: no horizontal scroll at 390 px");
        await page.SetViewportSizeAsync(1366, 900);
        await browser.ScreenshotAsync(page, name + "-1366");
    }
}
