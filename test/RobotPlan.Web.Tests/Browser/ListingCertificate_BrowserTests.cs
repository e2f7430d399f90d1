using System.Text.RegularExpressions;
using Microsoft.Playwright;
using RobotPlan.CatalogListings;

namespace RobotPlan.Web.Tests.Browser;

/// <summary>
/// Issue 17 in a real browser, without signing in: the public listing page → download the certificate → the code printed
/// on it opens /verify/{code}, which shows what the certificate said and the listing's live state; the downloaded copy
/// passes the file check.
/// </summary>
[Trait("Category", "Browser")]
public sealed partial class ListingCertificate_BrowserTests(BrowserFixture browser) : IClassFixture<BrowserFixture>
{
    [SkippableFact]
    public async Task Should_Lead_From_The_Listing_Page_To_The_Certificate_And_Its_Live_Verification()
    {
        Skip.IfNot(BrowserFixture.ChromiumAvailable, "Chromium is not installed (apt-get install chromium)");
        var listing = await ListingTestPublisher.PublishAsync(browser.Services, "LY-W6", CatalogKind.FirstUnit, DateOnly.FromDateTime(DateTime.UtcNow));
        var page = await browser.NewPageAsync();

        await page.GotoAsync($"{browser.BaseUrl}/listings/{listing.Number}");
        var download = await page.RunAndWaitForDownloadAsync(() => page.GetByTestId("certificate-download").ClickAsync());
        download.SuggestedFilename.ShouldBe($"{listing.Number}.pdf");
        var path = Path.Combine(browser.ScreenshotFolder, download.SuggestedFilename);
        await download.SaveAsAsync(path);
        var text = await PdfTools.TextAsync(await File.ReadAllBytesAsync(path));
        text.ShouldContain(listing.Number);
        var code = CodeLine().Match(text).Groups[1].Value;
        code.Length.ShouldBe(Documents.DocumentConsts.CodeLength);
        await browser.ScreenshotAsync(page, "certificate-1-listing");

        await page.GotoAsync($"{browser.BaseUrl}/verify/{code}");
        await Assertions.Expect(page.GetByTestId("verify-state")).ToContainTextAsync("有效");
        await Assertions.Expect(page.GetByTestId("verify-said")).ToContainTextAsync(listing.Number);
        await Assertions.Expect(page.GetByTestId("verify-code")).ToHaveTextAsync(code);
        await page.Locator("#Upload").SetInputFilesAsync(path);
        await page.GetByTestId("verify-check-form").Locator("button[type=submit]").ClickAsync();
        await Assertions.Expect(page.GetByTestId("verify-check")).ToContainTextAsync("一致");
        await browser.ScreenshotAsync(page, "certificate-2-verify");

        await page.GotoAsync($"{browser.BaseUrl}/verify/NOTACODE");
        await Assertions.Expect(page.GetByTestId("verify-not-found")).ToBeVisibleAsync();
    }

    [GeneratedRegex("验证码：([0-9A-Z]{20})")]
    private static partial Regex CodeLine();
}
