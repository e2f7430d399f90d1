using Microsoft.EntityFrameworkCore;
using Microsoft.Playwright;
using RobotPlan.Data;
using RobotPlan.SubsidyPrograms;

namespace RobotPlan.Web.Tests.Browser;

/// <summary>
/// Issue #19's new staff pages in a real browser, at 1366 and 390 px in zh-Hans and en (screenshots): the district
/// reviewer's inbox, reached from the navigation bar, and a reward programme's parameter versions with a preview.
/// </summary>
[Trait("Category", "Browser")]
public sealed class StaffPages_BrowserTests(BrowserFixture browser) : IClassFixture<BrowserFixture>
{
    [SkippableFact]
    public async Task Should_Fit_A_Phone_When_A_Reviewer_Opens_The_Inbox_And_Finance_Previews_New_Parameters()
    {
        Skip.IfNot(BrowserFixture.ChromiumAvailable, "Chromium is not installed (apt-get install chromium)");

        var district = await browser.LoginAsync(DemoUsers.DistrictYubei);
        await district.GetByTestId("nav-tasks").ClickAsync();
        await Assertions.Expect(district.GetByTestId("task-summary")).ToContainTextAsync("项待办");
        await browser.CaptureCulturesAsync(district, "/tasks", "inbox");

        var programId = await browser.WithDbAsync(db =>
            db.SubsidyPrograms.Where(p => p.Kind == SubsidyKind.FirstPurchaseReward).Select(p => p.Id).FirstAsync());
        var finance = await browser.LoginAsync(DemoUsers.Finance);
        await finance.GotoAsync($"{browser.BaseUrl}/Subsidies/Parameters/{programId}");
        await finance.Locator("[name='Input.RewardRatePercent']").FillAsync("12");
        await finance.GetByTestId("preview").ClickAsync();
        await Assertions.Expect(finance.GetByTestId("parameter-preview")).ToBeVisibleAsync();
        await browser.ScreenshotAsync(finance, "parameters-preview-zh-Hans-1280");
        await browser.CaptureCulturesAsync(finance, $"/Subsidies/Parameters/{programId}", "parameters");
    }
}
