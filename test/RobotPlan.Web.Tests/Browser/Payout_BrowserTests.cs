using Microsoft.AspNetCore.Hosting;
using Microsoft.EntityFrameworkCore;
using Microsoft.Playwright;
using RobotPlan.Data;
using RobotPlan.Payouts;
using RobotPlan.SubsidyAwards;
using RobotPlan.TreasurySandbox;
using RobotPlan.Web.Tests.Infrastructure;

namespace RobotPlan.Web.Tests.Browser;

/// <summary>
/// The demo path of issue #6 in zh-Hans: finance gathers the approved awards and submits the batch, finance2 rejects it
/// once (issue #19 finding 9), finance gathers and submits again, finance2 approves, and the batch page (htmx polling)
/// shows every payment paid — Hangfire's server on, a sandbox treasury on loopback.
/// </summary>
[Trait("Category", "Browser")]
public sealed class Payout_BrowserTests(PayoutBrowserFixture browser) : IClassFixture<PayoutBrowserFixture>
{
    [SkippableFact]
    public async Task Should_Reject_A_Batch_Once_Then_Approve_The_Next_In_The_UI_And_Watch_It_Pay()
    {
        Skip.IfNot(BrowserFixture.ChromiumAvailable, "Chromium is not installed (apt-get install chromium)");

        // The demo's approved awards in no batch yet (the demo's own batches hold the others) are what the batch gathers and
        // pays; the treasury knows each payment by its award's key, so the checks below look at these awards' payments only
        // (the sweep may pay the demo's approved batch meanwhile).
        var gathered = await browser.WithDbAsync(db => db.Awards
            .Where(a => a.Status == AwardStatus.Approved && !db.PayoutItems.Any(i => i.AwardId == a.Id && i.WithdrawnAtUtc == null))
            .Select(a => a.Id).ToListAsync());
        var approved = gathered.Count;
        approved.ShouldBeGreaterThan(0);
        var keys = gathered.Select(Payment.KeyFor).ToHashSet();
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

        // The second officer rejects it with a reason: the page names both officers and keeps the acts in its history.
        var finance2 = await browser.LoginAsync(DemoUsers.Finance2);
        await finance2.GotoAsync(batchUrl);
        await finance2.GetByTestId("reject").ClickAsync();
        (await finance2.Locator("#reason:invalid").CountAsync()).ShouldBe(1, "a rejection needs its reason");
        await finance2.Locator("#reason").FillAsync("第 1 笔金额与核定文件不符，请核对后重新归集");
        await finance2.GetByTestId("reject").ClickAsync();
        await Assertions.Expect(finance2.GetByTestId("batch-status")).ToHaveTextAsync("已驳回");
        await Assertions.Expect(finance2.GetByTestId("decision-reason")).ToContainTextAsync("核定文件不符");
        await Assertions.Expect(finance2.GetByTestId("submitted-by")).ToContainTextAsync("北京时间");
        await Assertions.Expect(finance2.GetByTestId("batch-history")).ToContainTextAsync("驳回");
        await Assertions.Expect(finance2.GetByTestId("approve")).ToHaveCountAsync(0);
        await browser.CaptureCulturesAsync(finance2, new Uri(batchUrl).PathAndQuery, "payouts-1b-rejected");
        browser.Sandbox.State.All().Where(r => keys.Contains(r.IdempotencyKey)).ShouldBeEmpty("nothing was paid from the rejected batch");

        // The rejected batch's awards are gathered again into a new batch, submitted by finance.
        await finance.GotoAsync(browser.BaseUrl + "/Payouts");
        await finance.GetByTestId("assemble").ClickAsync();
        await Assertions.Expect(finance.GetByTestId("batch-status")).ToHaveTextAsync("草稿");
        finance.Url.ShouldNotBe(batchUrl);
        await finance.GetByTestId("submit").ClickAsync();
        await Assertions.Expect(finance.GetByTestId("batch-status")).ToHaveTextAsync("已提交");
        batchUrl = finance.Url;

        await finance2.GotoAsync(batchUrl);
        await finance2.GetByTestId("approve").ClickAsync();
        await browser.ScreenshotAsync(finance2, "payouts-2-approved");
        // The page polls every 2 s; the sandbox answers each call after 50 ms.
        await Assertions.Expect(finance2.GetByTestId("batch-status")).ToHaveTextAsync("已完成", new() { Timeout = 30_000 });
        await Assertions.Expect(finance2.GetByTestId("payment-counts")).ToContainTextAsync($"已支付: {approved}");
        await Assertions.Expect(finance2.GetByTestId("approved-by")).ToContainTextAsync("北京时间");
        await browser.ScreenshotAsync(finance2, "payouts-3-paid");
        browser.Sandbox.State.All().Count(r => r.State == "Settled" && keys.Contains(r.IdempotencyKey)).ShouldBe(approved);

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
