using Microsoft.AspNetCore.Hosting;
using Microsoft.EntityFrameworkCore;
using Microsoft.Playwright;
using RobotPlan.Data;
using RobotPlan.SubsidyAwards;
using RobotPlan.TreasurySandbox;
using RobotPlan.Web.Tests.Infrastructure;

namespace RobotPlan.Web.Tests.Browser;

/// <summary>
/// The demo path of issue #6 in zh-Hans: finance gathers the approved awards and submits the batch, finance2 approves
/// it, and the batch page (htmx polling) shows every payment paid — Hangfire's server on, a sandbox treasury on loopback.
/// </summary>
[Trait("Category", "Browser")]
public sealed class Payout_BrowserTests(PayoutBrowserFixture browser) : IClassFixture<PayoutBrowserFixture>
{
    [SkippableFact]
    public async Task Should_Approve_A_Batch_In_The_UI_And_Watch_It_Pay()
    {
        Skip.IfNot(BrowserFixture.ChromiumAvailable, "Chromium is not installed (apt-get install chromium)");

        // The demo's approved awards (from the demo claims) are what the batch gathers and pays.
        var approved = await browser.WithDbAsync(db => db.Awards.CountAsync(a => a.Status == AwardStatus.Approved));
        approved.ShouldBeGreaterThan(0);
        var finance = await browser.LoginAsync(DemoUsers.Finance);
        await finance.GotoAsync(browser.BaseUrl + "/Payouts");
        await finance.GetByTestId("assemble").ClickAsync();
        await Assertions.Expect(finance.GetByTestId("batch-status")).ToHaveTextAsync("草稿");
        await browser.ScreenshotAsync(finance, "payouts-1-draft");
        await finance.GetByTestId("submit").ClickAsync();
        await Assertions.Expect(finance.GetByTestId("batch-status")).ToHaveTextAsync("已提交");
        var batchUrl = finance.Url;

        // Four-eyes: the submitter is not offered the approval, only told it waits for a second officer (issue 19 finding 9).
        await Assertions.Expect(finance.GetByTestId("awaiting-second-officer")).ToContainTextAsync("另一名财政人员");
        await Assertions.Expect(finance.GetByTestId("approve")).ToHaveCountAsync(0);

        var finance2 = await browser.LoginAsync(DemoUsers.Finance2);
        await finance2.GotoAsync(batchUrl);
        await finance2.GetByTestId("approve").ClickAsync();
        await browser.ScreenshotAsync(finance2, "payouts-2-approved");
        // The page polls every 2 s; the sandbox answers each call after 50 ms.
        await Assertions.Expect(finance2.GetByTestId("batch-status")).ToHaveTextAsync("已完成", new() { Timeout = 30_000 });
        await Assertions.Expect(finance2.GetByTestId("payment-counts")).ToContainTextAsync($"已支付: {approved}");
        await browser.ScreenshotAsync(finance2, "payouts-3-paid");
        browser.Sandbox.State.All().Count(r => r.State == "Settled").ShouldBe(approved);

        await finance2.GetByTestId("payment-status").First.ClickAsync();
        await Assertions.Expect(finance2.GetByTestId("attempts")).ToContainTextAsync("POST");
        await browser.ScreenshotAsync(finance2, "payouts-4-payment");
    }
}

/// <summary>The real host with Hangfire's server on, paying through a sandbox treasury on loopback.</summary>
public sealed class PayoutBrowserFixture : ChromiumHostFixture
{
    public SandboxServer Sandbox { get; private set; } = null!;

    protected override async Task BeforeHostStartsAsync()
    {
        Sandbox = await SandboxServer.StartAsync();
        Sandbox.State.Faults = new SandboxFaults { LatencyMs = 50 };
    }

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.UseSetting("Hangfire:ServerEnabled", "true");
        builder.UseSetting("TreasurySandbox:InProcess", "false");
        builder.UseSetting("Treasury:BaseAddress", Sandbox.BaseAddress.ToString());
    }

    protected override ValueTask AfterHostStoppedAsync() => Sandbox.DisposeAsync();
}
