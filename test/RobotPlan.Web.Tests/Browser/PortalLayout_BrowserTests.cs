using System.Text;
using Deque.AxeCore.Commons;
using Deque.AxeCore.Playwright;
using Microsoft.Playwright;
using RobotPlan.Data;
using Xunit.Abstractions;

namespace RobotPlan.Web.Tests.Browser;

/// <summary>
/// Issue #16, items 1, 2 and 4: every page reachable from a role's navigation, on a phone (390 px) and a laptop
/// (1366 px), in zh-Hans and en, scrolls no wider than the window, has no critical or serious axe-core violation of
/// the WCAG 2.1 A/AA rules, writes no console error and has no failed request.
/// One browser (the fixture's) and one signed-in context per role keep the run short; a page reachable by several
/// roles is audited once, for the first of them (every role still audits the home page, whose navbar is its own).
/// </summary>
[Trait("Category", "Browser")]
public sealed class PortalLayout_BrowserTests(PortalLayout_BrowserTests.Fixture browser, ITestOutputHelper output)
    : IClassFixture<PortalLayout_BrowserTests.Fixture>
{
    public sealed class Fixture : ChromiumHostFixture
    {
        /// <summary>Pages already audited by an earlier role: each page once, whoever reaches it first.</summary>
        public HashSet<string> AuditedPages { get; } = new(StringComparer.OrdinalIgnoreCase);
    }

    private static readonly int[] Widths = [390, 1366];
    private static readonly string[] Cultures = ["zh-Hans", "en"];
    private static readonly string[] WcagTags = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"];

    public static TheoryData<string> Roles() =>
    [
        "", // anonymous
        DemoUsers.EnterpriseLingyun, DemoUsers.DistrictYubei, DemoUsers.Municipal, DemoUsers.Expert,
        DemoUsers.Finance, DemoUsers.TestingBody, DemoUsers.Admin,
    ];

    [SkippableTheory]
    [MemberData(nameof(Roles))]
    public async Task Should_Fit_The_Window_And_Pass_Axe_When_A_Role_Browses_Its_Navigation(string userName)
    {
        Skip.IfNot(ChromiumHostFixture.ChromiumAvailable, "Chromium is not installed (apt-get install chromium)");
        var role = userName == "" ? "anonymous" : userName;
        var context = await browser.Browser.NewContextAsync(new BrowserNewContextOptions { Locale = "zh-CN", ViewportSize = new() { Width = 1366, Height = 900 } });
        var page = await context.NewPageAsync();
        var problems = new List<string>();
        var current = "";
        page.Console += (_, m) => { if (m.Type == "error") problems.Add($"{current}: console error: {m.Text}"); };
        page.RequestFailed += (_, r) => problems.Add($"{current}: request failed: {r.Url} ({r.Failure})");
        page.Response += (_, r) => { if (r.Status >= 400) problems.Add($"{current}: {r.Status} for {r.Url}"); };

        if (userName != "") await browser.SignInAsync(page, userName);
        // The home page for every role (its navbar is the role's); every other page once, for the first role reaching it.
        var pages = (await NavigationPagesAsync(page)).Where(p => p != "/" && browser.AuditedPages.Add(p)).Prepend("/").ToList();

        var checks = 0;
        var violationsBefore = problems.Count;
        foreach (var culture in Cultures)
        {
            await context.AddCookiesAsync([new Cookie { Name = ".AspNetCore.Culture", Value = $"c={culture}|uic={culture}", Url = browser.BaseUrl }]);
            foreach (var width in Widths)
            {
                await page.SetViewportSizeAsync(width, 900);
                foreach (var path in pages)
                {
                    current = $"{role} {culture} {width}px {path}";
                    var response = await page.GotoAsync(browser.BaseUrl + path);
                    if (response is null || !response.Ok) continue; // reported by the Response handler
                    await page.WaitForLoadStateAsync(LoadState.NetworkIdle);
                    checks++;
                    var overflow = await page.EvaluateAsync<int>("document.documentElement.scrollWidth - window.innerWidth");
                    if (overflow > 0) problems.Add($"{current}: scrolls sideways by {overflow} px");
                    var axe = await page.RunAxe(new AxeRunOptions { RunOnly = new RunOnlyOptions { Type = "tag", Values = [.. WcagTags] } });
                    foreach (var v in axe.Violations.Where(v => v.Impact is "critical" or "serious"))
                        problems.Add($"{current}: axe {v.Impact} {v.Id} ({v.Nodes.Length}): {string.Join(" | ", v.Nodes.Take(3).Select(n => n.Target?.ToString()))}");
                }
            }
        }
        await ScreenshotsAsync(page, role);
        await context.CloseAsync();

        var summary = $"{role}: {pages.Count} pages x {Widths.Length} widths x {Cultures.Length} cultures = {checks} checks, {problems.Count} problems";
        output.WriteLine(summary);
        await File.AppendAllTextAsync(Path.Combine(browser.ScreenshotFolder, "portal-audit.txt"),
            summary + Environment.NewLine + string.Concat(problems.Select(p => "  " + p + Environment.NewLine)), Encoding.UTF8);
        problems.ShouldBeEmpty(summary);
    }

    [SkippableFact]
    public async Task Should_Show_Results_First_And_Filters_On_Demand_When_The_Search_Page_Is_On_A_Phone()
    {
        Skip.IfNot(ChromiumHostFixture.ChromiumAvailable, "Chromium is not installed (apt-get install chromium)");
        var context = await browser.Browser.NewContextAsync(new BrowserNewContextOptions { Locale = "zh-CN", ViewportSize = new() { Width = 390, Height = 844 } });
        var page = await context.NewPageAsync();

        await page.GotoAsync(browser.BaseUrl + "/search");

        await Assertions.Expect(page.GetByTestId("facets")).Not.ToBeVisibleAsync();
        var firstResult = page.Locator("#results a[href^='/listings/']").First;
        await Assertions.Expect(firstResult).ToBeInViewportAsync(); // no scrolling past the filters to the first result
        await page.GetByTestId("facets-toggle").ClickAsync();
        await Assertions.Expect(page.GetByTestId("facets")).ToBeVisibleAsync();
        await context.CloseAsync();
    }

    /// <summary>Every same-site page the navbar links to (dropdown items included, the notification items not: they change).</summary>
    private async Task<List<string>> NavigationPagesAsync(IPage page)
    {
        await page.GotoAsync(browser.BaseUrl + "/");
        var hrefs = await page.EvaluateAsync<string[]>(
            "[...document.querySelectorAll('#mainNav .navbar-nav a[href], #mainNav [data-testid=notifications-all]')].map(a => a.getAttribute('href'))");
        return hrefs.Where(h => h.StartsWith('/') && !h.StartsWith("/hangfire", StringComparison.OrdinalIgnoreCase)) // Hangfire's own UI
            .Distinct(StringComparer.OrdinalIgnoreCase).ToList();
    }

    /// <summary>The two the issue asks to look at: the search page on a phone, a signed-in English page on a laptop.</summary>
    private async Task ScreenshotsAsync(IPage page, string role)
    {
        if (role == "anonymous")
        {
            await page.SetViewportSizeAsync(390, 844);
            await page.GotoAsync(browser.BaseUrl + "/search");
            await browser.ScreenshotAsync(page, "portal-search-390-en");
        }
        else if (role == DemoUsers.EnterpriseLingyun)
        {
            await page.SetViewportSizeAsync(1366, 768);
            await page.GotoAsync(browser.BaseUrl + "/Claims");
            await page.Locator("#mainNav .dropdown-toggle").Last.ClickAsync(); // the last menu open: it must be on screen
            await browser.ScreenshotAsync(page, "portal-signed-in-1366-en");
        }
    }
}
