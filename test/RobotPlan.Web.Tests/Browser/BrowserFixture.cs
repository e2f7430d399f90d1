using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;
using Microsoft.Playwright;
using RobotPlan.Data;
using RobotPlan.Web.Tests.Infrastructure;

namespace RobotPlan.Web.Tests.Browser;

/// <summary>
/// The real host on a loopback Kestrel port plus Debian's Chromium driven by Playwright for .NET.
/// Outside CI a machine without Chromium skips these tests (saying so); with CI=true it fails them.
/// The host's TimeProvider is <see cref="Clock"/>: it starts at the real time and a test moves it forward (a notice
/// ending, a listing expiring) and then runs the job as Hangfire would (<see cref="RunJobAsync{TJob, TResult}"/>).
/// </summary>
public sealed class BrowserFixture : RobotPlanWebFactory
{
    public const string ChromiumPath = "/usr/bin/chromium";

    private IPlaywright? _playwright;

    public IBrowser Browser { get; private set; } = null!;
    public string BaseUrl { get; private set; } = "";
    public string ScreenshotFolder { get; } = Path.Combine(AppContext.BaseDirectory, "screenshots");

    public static bool ChromiumAvailable => File.Exists(ChromiumPath);

    /// <summary>
    /// Ticks 1 ms per reading so that history rows, audit times and v7 ids written one after another keep their order
    /// (a frozen clock would stamp a whole workflow with one instant).
    /// </summary>
    public FakeTimeProvider Clock { get; } = new(DateTimeOffset.UtcNow) { AutoAdvanceAmount = TimeSpan.FromMilliseconds(1) };

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.ConfigureServices(services => services.AddSingleton<TimeProvider>(Clock));
    }

    /// <summary>Runs a recurring job in its own scope, as Hangfire's worker does.</summary>
    public async Task<TResult> RunJobAsync<TJob, TResult>(Func<TJob, Task<TResult>> run) where TJob : notnull
    {
        await using var scope = Services.CreateAsyncScope();
        return await run(scope.ServiceProvider.GetRequiredService<TJob>());
    }

    public override async Task InitializeAsync()
    {
        if (!ChromiumAvailable)
        {
            if (Environment.GetEnvironmentVariable("CI") == "true")
                throw new InvalidOperationException($"CI requires Chromium at {ChromiumPath} (apt-get install chromium).");
            return;
        }
        UseKestrel(0);
        await base.InitializeAsync();
        StartServer();
        BaseUrl = ClientOptions.BaseAddress.ToString().TrimEnd('/');
        Directory.CreateDirectory(ScreenshotFolder);
        _playwright = await Playwright.CreateAsync();
        Browser = await _playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = ChromiumPath,
            Headless = true,
            // As root Chromium needs --no-sandbox; the rest keep it off this machine's closed network.
            Args = ["--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking",
                    "--disable-component-update", "--disable-sync"],
        });
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
        await Assertions.Expect(page.GetByTestId("current-user")).ToBeVisibleAsync();
    }

    public Task ScreenshotAsync(IPage page, string name) =>
        page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(ScreenshotFolder, name + ".png"), FullPage = true });

    public override async Task DisposeAsync()
    {
        if (Browser is not null) await Browser.DisposeAsync();
        _playwright?.Dispose();
        if (ChromiumAvailable) await base.DisposeAsync();
    }
}
