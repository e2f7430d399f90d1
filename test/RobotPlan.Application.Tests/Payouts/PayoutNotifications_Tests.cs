using Microsoft.Extensions.DependencyInjection;
using RobotPlan.Notifications;
using RobotPlan.Payouts;

namespace RobotPlan.Application.Tests.Payouts;

/// <summary>R-43: a payee whose payment is held learns it (and why); a payee that was paid gets no such message.</summary>
public sealed class PayoutNotifications_Tests(PayoutHostWithoutClientRetries host) : IClassFixture<PayoutHostWithoutClientRetries>
{
    private readonly PayoutScenario _s = new(host, host.Sandbox);

    private async Task<List<NotificationDto>> HeldMessagesAsync(string user)
    {
        await host.LoginAsAsync(user);
        var list = await host.WithScopeAsync(sp => sp.GetRequiredService<INotificationAppService>().GetMineAsync(new GetNotificationsInput { MaxResultCount = 100 }));
        return list.Items.Where(n => n.Kind == NotificationConsts.PaymentHeld).ToList();
    }

    [Fact]
    public async Task Should_Tell_The_Payee_Its_Payment_Is_Held_Because_It_Is_Blacklisted()
    {
        await _s.NewAwardsAsync(2);
        var batchId = await _s.ApprovedBatchAsync();
        host.Blacklist.Add(host.Data.EnterpriseBId);
        try
        {
            await _s.ExecuteUntilSettledAsync(batchId);
        }
        finally
        {
            host.Blacklist.Clear();
        }

        var held = (await _s.PaymentsAsync(batchId)).Single(p => p.PayeeEnterpriseId == host.Data.EnterpriseBId);
        held.Status.ShouldBe(PaymentStatus.Held);
        var message = (await HeldMessagesAsync(RobotPlanTestData.EnterpriseBUser)).ShouldHaveSingleItem();
        message.Link.ShouldBe("/claims"); // the payee cannot open finance's payout pages
        message.Text.ShouldContain("黑名单");
        (await HeldMessagesAsync(RobotPlanTestData.EnterpriseAUser)).ShouldBeEmpty();
    }
}
