using Microsoft.Playwright;
using RobotPlan.Data;
using RobotPlan.EntityFrameworkCore;
using RobotPlan.Web.Tests.Infrastructure;

namespace RobotPlan.Web.Tests.Browser;

/// <summary>
/// The real host on a loopback Kestrel port plus Debian's Chromium driven by Playwright for .NET, with the steps every
/// browser test shares (a zh-CN page, signing a demo user in, screenshots). Outside CI a machine without Chromium skips
/// these tests (saying so); with CI=true it fails them.
/// </summary>
public abstract class ChromiumHostFixture : RobotPlanWebFactory
{
    public const string ChromiumPath = "/usr/bin/chromium";

    /// <summary>
    /// One Chromium (and Playwright driver) for the whole test run: each test works in browser contexts of its own,
    /// which share no cookies or storage, so a launch per test class (~2 s of a loaded machine's CPU each) bought nothing.
    /// </summary>
    private static readonly Lazy<Task<IBrowser>> SharedBrowser = new(LaunchAsync);

    public IBrowser Browser { get; private set; } = null!;
    public string BaseUrl { get; private set; } = "";
    public string ScreenshotFolder { get; } = Path.Combine(AppContext.BaseDirectory, "screenshots");

    public static bool ChromiumAvailable => File.Exists(ChromiumPath);

    /// <summary>Runs before the host is built: a server whose address the host's configuration needs.</summary>
    protected virtual Task BeforeHostStartsAsync() => Task.CompletedTask;

    /// <summary>Runs after the host has stopped.</summary>
    protected virtual ValueTask AfterHostStoppedAsync() => ValueTask.CompletedTask;

    public override async Task InitializeAsync()
    {
        if (!ChromiumAvailable)
        {
            if (Environment.GetEnvironmentVariable("CI") == "true")
                throw new InvalidOperationException($"CI requires Chromium at {ChromiumPath} (apt-get install chromium).");
            return;
        }
        await BeforeHostStartsAsync();
        UseKestrel(0);
        await base.InitializeAsync();
        StartServer();
        BaseUrl = ClientOptions.BaseAddress.ToString().TrimEnd('/');
        Directory.CreateDirectory(ScreenshotFolder);
        Browser = await SharedBrowser.Value;
    }

    private static async Task<IBrowser> LaunchAsync()
    {
        var playwright = await Playwright.CreateAsync();
        var browser = await playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = ChromiumPath,
            Headless = true,
            // As root Chromium needs --no-sandbox; the rest keep it off this machine's closed network.
            Args = ["--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking",
                    "--disable-component-update", "--disable-sync"],
        });
        AppDomain.CurrentDomain.ProcessExit += (_, _) =>
        {
            browser.DisposeAsync().AsTask().Wait(TimeSpan.FromSeconds(5));
            playwright.Dispose();
        };
        return browser;
    }

    public async Task<IPage> NewPageAsync()
    {
        var context = await Browser.NewContextAsync(new BrowserNewContextOptions { Locale = "zh-CN", ViewportSize = new() { Width = 1280, Height = 900 } });
        return await context.NewPageAsync();
    }

    /// <summary>A new page signed in as a demo user through the login form.</summary>
    public async Task<IPage> LoginAsync(string userName)
    {
        var page = await NewPageAsync();
        await SignInAsync(page, userName);
        return page;
    }

    /// <summary>Signs a demo user in on this page (a page already watched, e.g. for console errors).</summary>
    public async Task SignInAsync(IPage page, string userName)
    {
        await page.GotoAsync(BaseUrl + "/Account/Login");
        await page.Locator("[name='Input.UserName']").FillAsync(userName);
        await page.Locator("[name='Input.Password']").FillAsync(DemoUsers.Password);
        await page.Locator("main form button[type=submit]").ClickAsync();
        if (DemoUsers.AuthenticatorKeys.TryGetValue(userName, out var key))
        {
            // Roles that must use a second factor: the code of the demo user's authenticator key, from the wall clock
            // (Identity checks codes against real time, whatever the host's fake clock says).
            await page.WaitForURLAsync("**/Account/LoginWithTwoFactor**");
            await page.GetByTestId("two-factor-code").FillAsync(Totp.Code(key));
            await page.Locator("main form button[type=submit]").ClickAsync();
        }
        await Assertions.Expect(page.GetByTestId("current-user")).ToBeVisibleAsync();
    }

    public Task ScreenshotAsync(IPage page, string name) =>
        page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(ScreenshotFolder, name + ".png"), FullPage = true });

    /// <summary>
    /// Issue #16 item 9: the README's screenshots (etc/docs/screenshots/) are taken by the tests that walk those pages,
    /// so they show the pages as they are. They are rewritten when asked (ROBOTPLAN_README_SCREENSHOTS=1, SQLite lane), so
    /// an ordinary test run leaves the checkout clean; the copy beside the other screenshots is always kept.
    /// </summary>
    public async Task ReadmeScreenshotAsync(IPage page, string name)
    {
        await ScreenshotAsync(page, name);
        if (Environment.GetEnvironmentVariable("ROBOTPLAN_README_SCREENSHOTS") != "1" || TestDatabase.LaneProvider != DatabaseProvider.Sqlite
            || RepositoryFolder() is not { } repository) return;
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(repository, "etc", "docs", "screenshots", name + ".png"), FullPage = true });
    }

    /// <summary>The checkout the tests run from (the folder of RobotPlan.sln), or null when they run elsewhere.</summary>
    private static string? RepositoryFolder()
    {
        for (var folder = new DirectoryInfo(AppContext.BaseDirectory); folder is not null; folder = folder.Parent)
            if (File.Exists(Path.Combine(folder.FullName, "RobotPlan.sln"))) return folder.FullName;
        return null;
    }

    public override async Task DisposeAsync()
    {
        if (!ChromiumAvailable) return;
        // Test classes run one after another: the contexts still open are this class's (pages a test left open would
        // otherwise keep polling a host that is gone).
        if (Browser is not null)
            foreach (var context in Browser.Contexts.ToList()) await context.CloseAsync();
        await base.DisposeAsync();
        await AfterHostStoppedAsync();
    }
}
