using Microsoft.Playwright;
using RobotPlan.Data;
using RobotPlan.Enterprises;

namespace RobotPlan.Web.Tests.Browser;

/// <summary>
/// The Foundation's path through the UI, in zh-Hans: a new enterprise registers and adds a product; the testing body
/// issues a report for it (found by USCC + model, PDF upload); the enterprise then sees the report on its product.
/// </summary>
[Trait("Category", "Browser")]
public sealed class EnterpriseOnboarding_BrowserTests(BrowserFixture browser) : IClassFixture<BrowserFixture>
{
    private const string Model = "XR-S20";

    [SkippableFact]
    public async Task Should_Let_An_Enterprise_Register_Add_A_Product_And_See_Its_Test_Report()
    {
        Skip.IfNot(BrowserFixture.ChromiumAvailable, "Chromium is not installed (apt-get install chromium)");
        var uscc = Uscc.WithCheckCharacter("91500106MA5XBR001");

        var enterprise = await browser.NewPageAsync();
        await RegisterAsync(enterprise, uscc);
        await AddProductAsync(enterprise);

        var testing = await browser.NewPageAsync();
        await browser.SignInAsync(testing, DemoUsers.TestingBody);
        await IssueReportAsync(testing, uscc);

        await enterprise.GotoAsync(browser.BaseUrl + "/Products/Index");
        await enterprise.Locator("tr", new() { HasText = Model }).GetByRole(AriaRole.Link).First.ClickAsync();
        var details = enterprise.Locator("main");
        await Assertions.Expect(details).ToContainTextAsync("CQRT-2026-0815");
        await Assertions.Expect(details).ToContainTextAsync("有效");
        await browser.ScreenshotAsync(enterprise, "onboarding-4-enterprise-sees-report");
    }

    private async Task RegisterAsync(IPage page, string uscc)
    {
        await page.GotoAsync(browser.BaseUrl + "/Account/Register");
        await page.GetByTestId("register-username").FillAsync("xinrui");
        await page.GetByTestId("register-password").FillAsync("Sorting#2026Line");
        await page.GetByTestId("register-display-name").FillAsync("李经理");
        await page.GetByTestId("register-uscc").FillAsync(uscc);
        await page.GetByTestId("register-legal-name").FillAsync("重庆新锐机器人有限公司");
        await page.GetByTestId("register-address").FillAsync("重庆市沙坪坝区大学城中路 1 号");
        await page.GetByTestId("register-jurisdiction").SelectOptionAsync(new SelectOptionValue { Label = "沙坪坝区" });
        await page.GetByTestId("register-contact-name").FillAsync("李经理");
        await page.GetByTestId("register-contact-phone").FillAsync("023-65000000");
        await page.GetByTestId("register-contact-email").FillAsync("li@xinrui.example.cn");
        await browser.ScreenshotAsync(page, "onboarding-1-register");
        await page.GetByTestId("register-submit").ClickAsync();
        await page.WaitForURLAsync("**/Enterprises/Mine");
        await Assertions.Expect(page.Locator("main")).ToContainTextAsync("重庆新锐机器人有限公司");
    }

    private async Task AddProductAsync(IPage page)
    {
        await page.GotoAsync(browser.BaseUrl + "/Products/Create");
        await page.Locator("[name='Input.Name']").FillAsync("小型分拣机器人");
        await page.Locator("[name='Input.Model']").FillAsync(Model);
        await page.Locator("[name='Input.CategoryCode']").SelectOptionAsync(new SelectOptionValue { Value = "IR-SORT" });
        await page.Locator("[name='Input.Description']").FillAsync("面向电商仓储的高速分拣机器人");
        await page.Locator("[name='Input.Specifications[0].Name']").FillAsync("负载");
        await page.Locator("[name='Input.Specifications[0].Value']").FillAsync("20");
        await page.Locator("[name='Input.Specifications[0].Unit']").FillAsync("kg");
        await browser.ScreenshotAsync(page, "onboarding-2-product");
        await page.Locator("main form button[type=submit]").ClickAsync();
        await Assertions.Expect(page.Locator("main")).ToContainTextAsync(Model);
    }

    private async Task IssueReportAsync(IPage page, string uscc)
    {
        await page.GotoAsync(browser.BaseUrl + "/TestReports/Issue");
        await page.Locator("[name='Input.Uscc']").FillAsync(uscc);
        await page.Locator("[name='Input.Model']").FillAsync(Model);
        await page.Locator("[name='Input.Number']").FillAsync("CQRT-2026-0815");
        await page.Locator("[name='Input.IssuedOn']").FillAsync("2025-09-20");
        await page.Locator("[name='Input.Conclusion']").FillAsync("所检项目符合 GB/T 12642-2013 要求，检验合格。");
        await page.Locator("#Upload").SetInputFilesAsync(new FilePayload
        {
            Name = "检测报告.pdf",
            MimeType = "application/pdf",
            Buffer = TestPdf.Unique("检测报告"),
        });
        await browser.ScreenshotAsync(page, "onboarding-3-issue-report");
        await page.Locator("main form button[type=submit]").ClickAsync();
        await Assertions.Expect(page.Locator("main")).ToContainTextAsync("CQRT-2026-0815");
    }
}
