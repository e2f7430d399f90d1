using System.Collections.Concurrent;
using System.Diagnostics;
using System.Text;
using System.Text.RegularExpressions;
using Deque.AxeCore.Commons;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using RobotPlan.Data;
using RobotPlan.EntityFrameworkCore;
using Serilog.Core;
using Serilog.Events;
using Xunit.Abstractions;
using Xunit.Sdk;

namespace RobotPlan.Web.Tests.Browser;

/// <summary>
/// Issue #16, items 1, 2 and 4: every page reachable from a role's navigation (the navbar, the footer, and one step
/// further: the first link of each kind in those pages' content, e.g. a listing, a batch, a claim), at 390, 768, 1366
/// and 1920 px, in zh-Hans and en, scrolls no wider than the window, has no critical or serious axe-core violation of
/// the WCAG 2.1 A/AA rules, writes no console error and has no failed request; and every form on those pages, posted
/// empty and mistyped, answers with messages a person can read (item 3, <see cref="FormMessages"/>).
/// Run time: one signed-in context per role, each page loaded once per culture and checked at the four widths by
/// resizing the window. axe-core (WCAG 2.1 A/AA) runs at every width in both cultures: axe is embedded once per page load
/// (the library's RunAxe embeds its 500 KB again for each run, a fixed cost per run), and only the critical and serious
/// violations come back. Nor may EF Core or ASP.NET Core log a warning or an error while the roles browse
/// (issue #16 item 9: no warnings in the log on ordinary browsing). A kind of page
/// reachable by several roles is audited once, for the first of them (every role still audits the home page, whose
/// navbar is its own). The pages are the same on both database providers, so the audit runs in the SQLite lane only.
/// </summary>
[Trait("Category", "Browser")]
[TestCaseOrderer("RobotPlan.Web.Tests.Browser.PortalLayout_BrowserTests+RolesFirstToLast", "RobotPlan.Web.Tests")]
public sealed partial class PortalLayout_BrowserTests(PortalLayout_BrowserTests.Fixture browser, ITestOutputHelper output)
    : IClassFixture<PortalLayout_BrowserTests.Fixture>
{
    public sealed class Fixture : ChromiumHostFixture
    {
        public static bool Runs => TestDatabase.LaneProvider == DatabaseProvider.Sqlite;

        /// <summary>Kinds of page (<see cref="KindOf"/>) already audited by an earlier role.</summary>
        public HashSet<string> AuditedKinds { get; } = new(StringComparer.OrdinalIgnoreCase);

        /// <summary>What EF Core and ASP.NET Core logged at Warning or above since the host started (a role takes them all).</summary>
        public ConcurrentQueue<LogEvent> FrameworkWarnings { get; } = new();

        protected override void ConfigureWebHost(IWebHostBuilder builder)
        {
            base.ConfigureWebHost(builder);
            builder.ConfigureServices(services => services.AddSingleton<ILogEventSink>(new FrameworkWarningSink(FrameworkWarnings)));
        }

        public override Task InitializeAsync() => Runs ? base.InitializeAsync() : Task.CompletedTask;

        public override Task DisposeAsync() => Runs ? base.DisposeAsync() : Task.CompletedTask;
    }

    private static readonly int[] Widths = [390, 768, 1366, 1920];
    private static readonly string[] Cultures = ["zh-Hans", "en"];
    private static readonly string[] WcagTags = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"];
    private static readonly string AxeSource = new BundledAxeScriptProvider().GetScript();

    /// <summary>
    /// axe-core run in the page with the WCAG tags; only the critical and serious violations come
    /// back, each as its rule, impact, node count and first three targets (the passes of a large table would be thousands
    /// of nodes to serialize).
    /// </summary>
    private const string AxeRun = """
        async (tags) => {
          const result = await axe.run(document, {
            runOnly: { type: 'tag', values: tags },
            resultTypes: ['violations'],
          });
          return result.violations.filter(v => v.impact === 'critical' || v.impact === 'serious').map(v => ({
            id: v.id, impact: v.impact, nodes: v.nodes.length, targets: v.nodes.slice(0, 3).map(n => n.target.join(' ')) }));
        }
        """;

    private sealed record AxeViolation(string Id, string Impact, int Nodes, string[] Targets);

    /// <summary>
    /// Staff first, so that a page every role reaches (a batch, a file, a claim) is audited as the reviewer sees it,
    /// with its decision forms, blocked files, evidence and scores; then the enterprise, then the public.
    /// </summary>
    private static readonly string[] RoleOrder =
    [
        DemoUsers.DistrictYubei, DemoUsers.Municipal, DemoUsers.Expert, DemoUsers.Finance, DemoUsers.TestingBody, DemoUsers.Admin,
        DemoUsers.SecurityAdmin, DemoUsers.AuditAdmin, // issue #14's administrators
        DemoUsers.EnterpriseLingyun, "", // anonymous
    ];

    public static TheoryData<string> Roles() => [.. RoleOrder];

    /// <summary>Runs the roles in <see cref="RoleOrder"/> (xunit's default order is by a hash of the test's id).</summary>
    public sealed class RolesFirstToLast : ITestCaseOrderer
    {
        public IEnumerable<TTestCase> OrderTestCases<TTestCase>(IEnumerable<TTestCase> testCases) where TTestCase : ITestCase =>
            testCases.OrderBy(t => t.TestMethodArguments is [string role] ? Array.IndexOf(RoleOrder, role) : -1);
    }

    [SkippableTheory]
    [MemberData(nameof(Roles))]
    public async Task Should_Fit_The_Window_And_Pass_Axe_When_A_Role_Browses_Its_Navigation(string userName)
    {
        Skip.IfNot(ChromiumHostFixture.ChromiumAvailable, "Chromium is not installed (apt-get install chromium)");
        Skip.IfNot(Fixture.Runs, "the portal audit runs in the SQLite lane (the pages do not depend on the provider)");
        var role = userName == "" ? "anonymous" : userName;
        var clock = Stopwatch.StartNew();
        var context = await browser.Browser.NewContextAsync(new BrowserNewContextOptions { Locale = "zh-CN", ViewportSize = new() { Width = 1366, Height = 900 } });
        // On a loaded shared machine a page has taken longer than Playwright's default 30 s; one that never loads still fails.
        context.SetDefaultTimeout(90_000);
        var page = await context.NewPageAsync();
        var problems = new List<string>();
        var current = "";
        page.Console += (_, m) => { if (m.Type == "error") problems.Add($"{current}: console error: {m.Text}"); };
        page.RequestFailed += (_, r) => problems.Add($"{current}: request failed: {r.Url} ({r.Failure})");
        page.Response += (_, r) => { if (r.Status >= 400) problems.Add($"{current}: {r.Status} for {r.Url}"); };

        if (userName != "") await browser.SignInAsync(page, userName);
        // The home page for every role; every other page once, for the first role reaching its kind: the role's
        // navigation, then what those pages link to (including pages of its navigation an earlier role audited).
        var navigation = (await NavigationPagesAsync(page)).ToList();
        var pages = new List<string> { "/" };
        pages.AddRange(navigation.Where(p => browser.AuditedKinds.Add(KindOf(p))));
        foreach (var path in navigation.Except(pages))
        {
            await page.GotoAsync(browser.BaseUrl + path);
            pages.AddRange((await ContentLinksAsync(page)).Where(p => browser.AuditedKinds.Add(KindOf(p))));
        }

        var checks = 0;
        var axeRuns = 0;
        var (formPosts, formMessages) = (0, 0);
        var (axeClock, layoutAxeClock) = (new Stopwatch(), new Stopwatch());
        foreach (var culture in Cultures)
        {
            await context.AddCookiesAsync([new Cookie { Name = ".AspNetCore.Culture", Value = $"c={culture}|uic={culture}", Url = browser.BaseUrl }]);
            for (var i = 0; i < pages.Count; i++)
            {
                current = $"{role} {culture} {pages[i]}";
                var response = await page.GotoAsync(browser.BaseUrl + pages[i]);
                if (response is null || !response.Ok) continue; // reported by the Response handler
                if (culture == Cultures[0] && (i == 0 || navigation.Contains(pages[i]))) // the home page's links too
                    pages.AddRange((await ContentLinksAsync(page)).Where(p => browser.AuditedKinds.Add(KindOf(p))));
                var forms = await FormMessages.CheckAsync(page, culture, current);
                (formPosts, formMessages) = (formPosts + forms.Posts, formMessages + forms.Messages);
                problems.AddRange(forms.Problems);
                axeClock.Start();
                await page.EvaluateAsync(AxeSource); // once per load; RunAxe would embed its 500 KB again for every run
                axeClock.Stop();
                foreach (var width in Widths)
                {
                    await page.SetViewportSizeAsync(width, 900);
                    checks++;
                    var at = $"{current} {width}px";
                    var overflow = await page.EvaluateAsync<int>("document.documentElement.scrollWidth - window.innerWidth");
                    if (overflow > 0) problems.Add($"{at}: scrolls sideways by {overflow} px");
                    axeRuns++;
                    var watch = width is 390 or 1366 ? axeClock : layoutAxeClock;
                    watch.Start();
                    var violations = await page.EvaluateAsync<AxeViolation[]>(AxeRun, WcagTags);
                    watch.Stop();
                    problems.AddRange(violations.Select(v => $"{at}: axe {v.Impact} {v.Id} ({v.Nodes}): {string.Join(" | ", v.Targets)}"));
                }
            }
        }
        await ScreenshotsAsync(context, page, role);
        await context.CloseAsync();
        while (browser.FrameworkWarnings.TryDequeue(out var logged))
            problems.Add($"{role}: log {logged.Level} {logged.Properties.GetValueOrDefault("SourceContext")}: {Shorten(logged.RenderMessage())}");

        var summary = $"{role}: {pages.Count} pages x {Widths.Length} widths x {Cultures.Length} cultures = {checks} overflow checks, "
            + $"{axeRuns} axe runs, "
            + $"{formPosts} form posts with {formMessages} messages, {problems.Count} problems, {clock.Elapsed.TotalSeconds:0} s (axe {axeClock.Elapsed.TotalSeconds + layoutAxeClock.Elapsed.TotalSeconds:0} s, of it {layoutAxeClock.Elapsed.TotalSeconds:0} s at 768 and 1920 px)";
        output.WriteLine(summary);
        await File.AppendAllTextAsync(Path.Combine(browser.ScreenshotFolder, "portal-audit.txt"),
            summary + Environment.NewLine + string.Concat(pages.Select(p => "  page " + p + Environment.NewLine))
            + string.Concat(problems.Select(p => "  " + p + Environment.NewLine)), Encoding.UTF8);
        problems.ShouldBeEmpty(summary);
    }

    [SkippableFact]
    public async Task Should_Show_Results_First_And_Filters_On_Demand_When_The_Search_Page_Is_On_A_Phone()
    {
        Skip.IfNot(ChromiumHostFixture.ChromiumAvailable, "Chromium is not installed (apt-get install chromium)");
        Skip.IfNot(Fixture.Runs, "the portal audit runs in the SQLite lane (the pages do not depend on the provider)");
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

    private static string Shorten(string text) => text.Length <= 400 ? text : text[..400] + "…";

    /// <summary>Warning and above from the framework's own categories (Serilog's SourceContext), e.g. EF Core's query warnings.</summary>
    private sealed class FrameworkWarningSink(ConcurrentQueue<LogEvent> events) : ILogEventSink
    {
        public void Emit(LogEvent logEvent)
        {
            if (logEvent.Level >= LogEventLevel.Warning
                && logEvent.Properties.GetValueOrDefault("SourceContext") is ScalarValue { Value: string source }
                && (source.StartsWith("Microsoft.EntityFrameworkCore", StringComparison.Ordinal) || source.StartsWith("Microsoft.AspNetCore", StringComparison.Ordinal)))
                events.Enqueue(logEvent);
        }
    }

    /// <summary>A page's kind: its path with every segment holding a digit (an id, a number, a code) generalized, no query.</summary>
    private static string KindOf(string path) => IdSegment().Replace(path.Split('?', '#')[0].TrimEnd('/'), "/{id}");

    [GeneratedRegex(@"/[^/]*\d[^/]*")]
    private static partial Regex IdSegment();

    /// <summary>Every same-site page the navbar and the footer link to (dropdown items and the user's second-factor settings included, the notification items not: they change).</summary>
    private async Task<IEnumerable<string>> NavigationPagesAsync(IPage page)
    {
        await page.GotoAsync(browser.BaseUrl + "/");
        var hrefs = await page.EvaluateAsync<string[]>(
            "[...document.querySelectorAll('#mainNav .navbar-nav a[href], #mainNav [data-testid=notifications-all], #mainNav a[data-testid=current-user], footer a[href]')].map(a => a.getAttribute('href'))");
        return SamePortalPages(hrefs);
    }

    /// <summary>The pages a page's content links to (a listing, a batch, a claim, a form), each kind once.</summary>
    private static async Task<IEnumerable<string>> ContentLinksAsync(IPage page)
    {
        var hrefs = await page.EvaluateAsync<string[]>("[...document.querySelectorAll('main a[href]:not([download])')].map(a => a.getAttribute('href'))");
        return SamePortalPages(hrefs).DistinctBy(KindOf, StringComparer.OrdinalIgnoreCase);
    }

    /// <summary>Portal pages only: not the API (downloads, exports), not a file (the Atom feed), not Hangfire's own UI.</summary>
    private static IEnumerable<string> SamePortalPages(IEnumerable<string> hrefs) =>
        hrefs.Where(h => h.StartsWith('/') && !h.StartsWith("//")
                && !h.StartsWith("/api/", StringComparison.OrdinalIgnoreCase)
                && !h.StartsWith("/hangfire", StringComparison.OrdinalIgnoreCase)
                && !FileName().IsMatch(h.Split('?', '#')[0]))
            .Distinct(StringComparer.OrdinalIgnoreCase);

    [GeneratedRegex(@"\.[a-z]+$", RegexOptions.IgnoreCase)]
    private static partial Regex FileName();

    /// <summary>The two the issue asks to look at: the search page on a phone in Chinese, a signed-in English page on a laptop.</summary>
    private async Task ScreenshotsAsync(IBrowserContext context, IPage page, string role)
    {
        if (role == "anonymous")
        {
            await context.AddCookiesAsync([new Cookie { Name = ".AspNetCore.Culture", Value = "c=zh-Hans|uic=zh-Hans", Url = browser.BaseUrl }]);
            await page.SetViewportSizeAsync(390, 844);
            await page.GotoAsync(browser.BaseUrl + "/search");
            await browser.ScreenshotAsync(page, "portal-search-390-zh-Hans");
        }
        else if (role == DemoUsers.EnterpriseLingyun)
        {
            await context.AddCookiesAsync([new Cookie { Name = ".AspNetCore.Culture", Value = "c=en|uic=en", Url = browser.BaseUrl }]);
            await page.SetViewportSizeAsync(1366, 768);
            await page.GotoAsync(browser.BaseUrl + "/Claims");
            await page.Locator("#mainNav .dropdown-toggle").Last.ClickAsync(); // the last menu open: it must be on screen
            await browser.ScreenshotAsync(page, "portal-signed-in-1366-en");
        }
    }
}
