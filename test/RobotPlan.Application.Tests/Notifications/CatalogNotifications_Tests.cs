using Microsoft.Extensions.DependencyInjection;
using RobotPlan.Application.Tests.CatalogApplications;
using RobotPlan.CatalogApplications;
using RobotPlan.Notifications;
using RobotPlan.Notifications.Catalog;

namespace RobotPlan.Application.Tests.Notifications;

/// <summary>A file's moves reach the enterprise and the reviewers whose list it enters — and nobody else.</summary>
public sealed class CatalogNotifications_Tests(RobotPlanTestHost host) : IClassFixture<RobotPlanTestHost>
{
    private readonly CatalogScenario _s = new(host);

    private async Task<NotificationListDto> MineAsync(string user)
    {
        await host.LoginAsAsync(user);
        return await host.WithScopeAsync(sp => sp.GetRequiredService<INotificationAppService>().GetMineAsync(new GetNotificationsInput { MaxResultCount = 100 }));
    }

    private static List<NotificationDto> About(NotificationListDto list, Guid applicationId) =>
        list.Items.Where(n => n.Link == CatalogApplicationNotifications.Link(applicationId)).ToList();

    [Fact]
    public async Task Should_Give_The_District_Reviewer_Of_The_Enterprise_A_Task_When_A_File_Is_Submitted()
    {
        var file = await _s.SubmittedAsync();

        var task = About(await MineAsync(RobotPlanTestData.DistrictReviewerOfA), file.Id).ShouldHaveSingleItem();
        task.Kind.ShouldBe(NotificationConsts.TaskArrived);
        task.Text.ShouldContain("协作机器人");
        About(await MineAsync(RobotPlanTestData.DistrictReviewerOther), file.Id).ShouldBeEmpty();
        About(await MineAsync(RobotPlanTestData.MunicipalReviewer), file.Id).ShouldBeEmpty();
        // The enterprise submitted it itself: nothing to tell it.
        About(await MineAsync(RobotPlanTestData.EnterpriseAUser), file.Id).ShouldBeEmpty();
    }

    [Fact]
    public async Task Should_Tell_The_Enterprise_Its_File_Moved_And_Give_The_Municipal_Reviewer_The_Task()
    {
        var file = await _s.SubmittedAsync();
        await host.LoginAsAsync(RobotPlanTestData.DistrictReviewerOfA);
        file = await _s.Applications(s => s.DistrictApproveAsync(file.Id, new CatalogTransitionDto { ConcurrencyStamp = file.ConcurrencyStamp }));

        var mine = About(await MineAsync(RobotPlanTestData.EnterpriseAUser), file.Id);
        // District review started and ended in one click: two moves at the same instant, two messages (in either order).
        mine.Count.ShouldBe(2);
        mine.Select(n => n.Kind).ShouldAllBe(k => k == NotificationConsts.ApplicationStatusChanged);
        mine.ShouldContain(n => n.Text.Contains("区县初审"));
        mine.ShouldContain(n => n.Text.Contains("市级形式审查"));
        About(await MineAsync(RobotPlanTestData.EnterpriseBUser), file.Id).ShouldBeEmpty();
        About(await MineAsync(RobotPlanTestData.MunicipalReviewer), file.Id).ShouldHaveSingleItem().Kind.ShouldBe(NotificationConsts.TaskArrived);
    }

    [Fact]
    public async Task Should_Tell_The_Enterprise_Why_Its_File_Was_Returned()
    {
        var file = await _s.SubmittedAsync();
        await host.LoginAsAsync(RobotPlanTestData.DistrictReviewerOfA);
        await _s.Applications(s => s.ReturnAsync(file.Id, new CatalogReasonTransitionDto { ConcurrencyStamp = file.ConcurrencyStamp, Reason = "合同扫描件不清晰" }));

        About(await MineAsync(RobotPlanTestData.EnterpriseAUser), file.Id).ShouldContain(n => n.Text.Contains("合同扫描件不清晰"));
    }

    [Fact]
    public async Task Should_Count_Unread_And_Mark_All_Read_For_The_User_Only()
    {
        await _s.SubmittedAsync();
        await _s.SubmittedAsync();
        var before = await MineAsync(RobotPlanTestData.DistrictReviewerOfA);
        before.UnreadCount.ShouldBeGreaterThanOrEqualTo(2);
        var municipalUnread = (await MineAsync(RobotPlanTestData.MunicipalReviewer)).UnreadCount;

        await host.LoginAsAsync(RobotPlanTestData.DistrictReviewerOfA);
        (await host.WithScopeAsync(sp => sp.GetRequiredService<INotificationAppService>().GetUnreadCountAsync())).UnreadCount.ShouldBe(before.UnreadCount);
        await host.WithScopeAsync(sp => sp.GetRequiredService<INotificationAppService>().MarkAllReadAsync());

        var after = await MineAsync(RobotPlanTestData.DistrictReviewerOfA);
        after.UnreadCount.ShouldBe(0);
        after.Items.ShouldAllBe(n => n.ReadAt != null);
        (await MineAsync(RobotPlanTestData.MunicipalReviewer)).UnreadCount.ShouldBe(municipalUnread);
    }
}
