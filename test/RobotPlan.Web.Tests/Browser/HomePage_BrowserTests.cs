using Microsoft.Playwright;

namespace RobotPlan.Web.Tests.Browser;

[Trait("Category", "Browser")]
public sealed class HomePage_BrowserTests(BrowserFixture browser) : IClassFixture<BrowserFixture>
{
    [SkippableFact]
    public async Task Should_Show_Chinese_Home_And_Switch_To_English()
    {
        Skip.IfNot(BrowserFixture.ChromiumAvailable, "Chromium is not installed (apt-get install chromium)");
        var page = await browser.NewPageAsync();

        await page.GotoAsync(browser.BaseUrl + "/");
        (await page.Locator("h1").InnerTextAsync()).ShouldContain("重庆市机器人产业高质量发展");
        (await page.EvaluateAsync<string>("getComputedStyle(document.querySelector('nav')).backgroundColor")).ShouldNotBe("rgba(0, 0, 0, 0)");
        await browser.ScreenshotAsync(page, "home-zh-Hans");

        await page.GetByTestId("language-switch").GetByRole(AriaRole.Button).ClickAsync();
        await page.WaitForURLAsync(browser.BaseUrl + "/");
        (await page.Locator("h1").InnerTextAsync()).ShouldBe("Chongqing robot industry: catalogs and subsidies");
        await browser.ScreenshotAsync(page, "home-en");
    }
}
