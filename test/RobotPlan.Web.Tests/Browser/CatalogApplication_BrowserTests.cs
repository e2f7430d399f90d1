using Microsoft.EntityFrameworkCore;
using Microsoft.Playwright;
using RobotPlan.CatalogBatches;
using RobotPlan.Data;
using RobotPlan.Web.Tests.Infrastructure;

namespace RobotPlan.Web.Tests.Browser;

/// <summary>
/// 入目录申报 through the UI, in zh-Hans: the municipal reviewer opens a batch, enterprise lingyun applies with LY-W6 and
/// submits, the Yubei district reviewer approves, the municipal reviewer passes the formal review.
/// </summary>
[Trait("Category", "Browser")]
public sealed class CatalogApplication_BrowserTests(BrowserFixture browser) : IClassFixture<BrowserFixture>
{
    private const string Title = "浏览器测试申报批次";

    [SkippableFact]
    public async Task Should_Take_An_Application_From_Draft_To_Expert_Review()
    {
        Skip.IfNot(BrowserFixture.ChromiumAvailable, "Chromium is not installed (apt-get install chromium)");

        var municipal = await browser.LoginAsync(DemoUsers.Municipal);
        await CreateBatchAsync(municipal);

        var enterprise = await browser.LoginAsync(DemoUsers.EnterpriseLingyun);
        await ApplyAsync(enterprise);
        await ActAsync(enterprise, "Submit", "已提交", "catalog-3-submitted");
        var details = enterprise.Url;

        var district = await browser.LoginAsync(DemoUsers.DistrictYubei);
        await district.GotoAsync(details);
        await ActAsync(district, "DistrictApprove", "市级形式审查", "catalog-4-district-approved");

        await municipal.GotoAsync(details);
        await ActAsync(municipal, "FormalApprove", "专家评审", "catalog-5-formal-approved");
        var history = municipal.GetByTestId("history");
        await Assertions.Expect(history).ToContainTextAsync("区县初审 → 市级形式审查");
        await Assertions.Expect(history).ToContainTextAsync("市级形式审查 → 专家评审");
    }

    private async Task CreateBatchAsync(IPage page)
    {
        // The web host runs on real time: the window starts an hour ago so the batch is open at once.
        var now = CatalogBatchMapper.ToLocal(DateTime.UtcNow);
        await page.GotoAsync(browser.BaseUrl + "/Catalogs/Batches/Create");
        await page.Locator("[name='Input.Catalog']").SelectOptionAsync(new SelectOptionValue { Value = "KeyProcurement" });
        await page.Locator("[name='Input.Year']").FillAsync(now.Year.ToString());
        await page.Locator("[name='Input.Title']").FillAsync(Title);
        await page.Locator("[name='Input.OpensAt']").FillAsync(now.AddHours(-1).ToString("yyyy-MM-ddTHH:mm"));
        await page.Locator("[name='Input.ClosesAt']").FillAsync(now.AddDays(30).ToString("yyyy-MM-ddTHH:mm"));
        await page.Locator("[name='Input.RevisionDeadline']").FillAsync(now.AddDays(60).ToString("yyyy-MM-ddTHH:mm"));
        await page.Locator("[name='Input.Rubric[0].Name']").FillAsync("技术先进性");
        await page.Locator("[name='Input.Rubric[0].Weight']").FillAsync("60");
        await page.Locator("[name='Input.Rubric[1].Name']").FillAsync("市场前景");
        await page.Locator("[name='Input.Rubric[1].Weight']").FillAsync("40");
        await browser.ScreenshotAsync(page, "catalog-1-create-batch");
        await page.Locator("main form button[type=submit]").ClickAsync();
        await Assertions.Expect(page.Locator("main h1")).ToContainTextAsync(Title);
        await Assertions.Expect(page.Locator("main h1")).ToContainTextAsync("申报中");
    }

    private async Task ApplyAsync(IPage page)
    {
        var product = await browser.WithDbAsync(db => db.Products.Where(p => p.Model == "LY-W6").Select(p => p.Id).SingleAsync());
        await page.GotoAsync(browser.BaseUrl + "/Catalogs/Batches/Index");
        await page.Locator("tr", new() { HasText = Title }).GetByTestId("apply").ClickAsync();
        await page.Locator("[name='Input.ProductId']").SelectOptionAsync(new SelectOptionValue { Value = product.ToString() });
        await page.Locator("[name='Input.KeyProcurement.Price']").FillAsync("286000");
        await page.Locator("[name='Input.KeyProcurement.AnnualCapacity']").FillAsync("500");
        await page.Locator("[name='Input.KeyProcurement.AfterSalesService']").FillAsync("渝北区设有售后服务站，24 小时响应。");
        foreach (var kind in new[] { "ApplicationForm", "AfterSalesCommitment" })
            await page.Locator($"#attachment-{kind}").SetInputFilesAsync(new FilePayload
            {
                Name = kind + ".pdf", MimeType = "application/pdf", Buffer = Multipart.Pdf,
            });
        await browser.ScreenshotAsync(page, "catalog-2-application-form");
        await page.GetByTestId("create-draft").ClickAsync();
        await Assertions.Expect(page.GetByTestId("eligibility")).ToBeVisibleAsync();
        await Assertions.Expect(page.Locator("main")).ToContainTextAsync("全部条件均已满足，可以提交。");
        await browser.ScreenshotAsync(page, "catalog-2b-eligibility");
    }

    private async Task ActAsync(IPage page, string action, string expectedStatus, string screenshot)
    {
        await page.GetByTestId("action-" + action).ClickAsync();
        await Assertions.Expect(page.GetByTestId("application-status")).ToHaveTextAsync(expectedStatus);
        await browser.ScreenshotAsync(page, screenshot);
    }
}
