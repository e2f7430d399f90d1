using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using RobotPlan.Notifications;
using RobotPlan.Notifications.Email;

namespace RobotPlan.Application.Tests.Notifications;

/// <summary>E-mail is on and points at a listener the test starts and stops.</summary>
public sealed class EmailTestHost : RobotPlanTestHost
{
    public SmtpListener Smtp { get; } = new();

    protected override void ConfigureServices(IServiceCollection services) => services.Configure<EmailOptions>(o =>
    {
        o.Enabled = true;
        o.SmtpHost = "127.0.0.1";
        o.SmtpPort = Smtp.Port;
        o.Security = "None";
        o.TimeoutSeconds = 5;
        o.PublicBaseUrl = "https://robotplan.example.cn";
    });
}

/// <summary>The outbox: a notification's mail is saved with it, delivered by the job to a real SMTP server, retried after a failure, never lost or doubled.</summary>
public sealed class EmailOutbox_Tests(EmailTestHost host) : IClassFixture<EmailTestHost>, IAsyncLifetime
{
    public Task InitializeAsync() => Task.CompletedTask;

    public async Task DisposeAsync() => await host.Smtp.StopAsync();

    private Task<int> SendAsync() => host.WithScopeAsync(sp => sp.GetRequiredService<SendOutboxEmailsJob>().RunAsync());

    private Task NotifyEnterpriseAAsync(string productName) => host.WithScopeAsync(async sp =>
    {
        await sp.GetRequiredService<Notifier>().ToEnterpriseAsync(host.Data.EnterpriseAId, new NotificationMessage(
            NotificationConsts.ApplicationStatusChanged, "Notification:Application:Returned", [productName, "合同不清晰"], "/catalogs/applications/x"));
        await sp.GetRequiredService<RobotPlan.SeedWork.IUnitOfWork>().SaveChangesAsync();
    });

    private Task<List<OutboxEmail>> OutboxAsync(string productName) =>
        host.WithDbAsync(db => db.Set<OutboxEmail>().AsNoTracking().Where(e => e.Body.Contains(productName)).ToListAsync());

    private List<MimeKit.MimeMessage> ReceivedAbout(string productName) =>
        host.Smtp.Received.Where(m => (m.TextBody ?? "").Contains(productName)).ToList();

    [Fact]
    public async Task Should_Deliver_The_Mail_Of_A_Notification_Once_To_The_Smtp_Listener()
    {
        await host.Smtp.StartAsync();
        await NotifyEnterpriseAAsync("邮件机器人甲");
        var queued = await OutboxAsync("邮件机器人甲");
        queued.ShouldNotBeEmpty();
        queued.ShouldAllBe(e => e.SentAt == null);

        await SendAsync();
        await SendAsync();

        var received = ReceivedAbout("邮件机器人甲");
        received.Count.ShouldBe(queued.Count);
        received.Select(m => m.To.Mailboxes.Single().Address).Order().ShouldBe(queued.Select(e => e.To).Order());
        var mail = received[0];
        (mail.Subject ?? "").ShouldContain("邮件机器人甲");
        (mail.TextBody ?? "").ShouldContain("was returned for revision");
        (mail.TextBody ?? "").ShouldContain("https://robotplan.example.cn/catalogs/applications/x");
        (await OutboxAsync("邮件机器人甲")).ShouldAllBe(e => e.SentAt != null && e.Attempts == 1);
    }

    [Fact]
    public async Task Should_Keep_A_Failed_Mail_And_Deliver_It_Once_After_The_Backoff_When_The_Server_Is_Back()
    {
        await host.Smtp.StopAsync();
        await NotifyEnterpriseAAsync("邮件机器人乙");

        (await SendAsync()).ShouldBe(0);
        var failed = await OutboxAsync("邮件机器人乙");
        failed.ShouldNotBeEmpty();
        failed.ShouldAllBe(e => e.SentAt == null && e.Attempts == 1 && e.LastError != null);
        failed.ShouldAllBe(e => e.NextAttemptAt == host.Clock.GetUtcNow().UtcDateTime + OutboxEmail.Backoff(1));

        // The server is back but the back-off has not passed: nothing is tried.
        await host.Smtp.StartAsync();
        await SendAsync();
        ReceivedAbout("邮件机器人乙").ShouldBeEmpty();
        (await OutboxAsync("邮件机器人乙")).ShouldAllBe(e => e.Attempts == 1);

        host.Clock.Advance(OutboxEmail.Backoff(1));
        await SendAsync();
        await SendAsync();

        ReceivedAbout("邮件机器人乙").Count.ShouldBe(failed.Count);
        (await OutboxAsync("邮件机器人乙")).ShouldAllBe(e => e.SentAt != null && e.Attempts == 2 && e.LastError == null);
    }

    [Fact]
    public void Should_Double_The_Backoff_Up_To_An_Hour()
    {
        OutboxEmail.Backoff(1).ShouldBe(TimeSpan.FromMinutes(1));
        OutboxEmail.Backoff(2).ShouldBe(TimeSpan.FromMinutes(2));
        OutboxEmail.Backoff(4).ShouldBe(TimeSpan.FromMinutes(8));
        OutboxEmail.Backoff(30).ShouldBe(OutboxEmail.MaxBackoff);
    }
}
