using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using RobotPlan.Application.Tests.CatalogApplications;
using RobotPlan.CatalogApplications;
using RobotPlan.Notifications;
using RobotPlan.Notifications.Catalog;
using RobotPlan.Timing;

namespace RobotPlan.Application.Tests.Notifications;

/// <summary>Escalation by the fake clock: due-today reminder to the district, overdue to the municipal reviewers, once each.</summary>
public sealed class ReviewDeadline_Tests(RobotPlanTestHost host) : IClassFixture<RobotPlanTestHost>
{
    private readonly CatalogScenario _s = new(host);

    private Task<int> RunAsync() => host.WithScopeAsync(sp => sp.GetRequiredService<ReviewDeadlineJob>().RunAsync());

    private Task<List<Notification>> SentAsync(Guid fileId, string kind) => host.WithDbAsync(db => db.Set<Notification>().AsNoTracking()
        .Where(n => n.Link == CatalogApplicationNotifications.Link(fileId) && n.Kind == kind).ToListAsync());

    private void AdvanceTo(DateOnly day) =>
        host.Clock.Advance(BusinessCalendarClock.StartOfDayUtc(day).AddHours(8) - host.Clock.GetUtcNow().UtcDateTime);

    [Fact]
    public async Task Should_Remind_On_The_Deadline_Escalate_After_It_And_Change_Nothing_When_Run_Again()
    {
        var file = await _s.SubmittedAsync();
        await host.LoginAsAsync(RobotPlanTestData.DistrictReviewerOfA);
        var deadline = (await _s.Applications(s => s.GetTasksAsync())).Single(t => t.ApplicationId == file.Id).Deadline;
        var municipalUsers = await host.WithScopeAsync(sp => sp.GetRequiredService<INotificationRecipients>()
            .InRoleAsync(RobotPlan.Identity.RobotPlanRoles.MunicipalReviewer, null));

        AdvanceTo(deadline.AddDays(-1));
        await RunAsync();
        (await SentAsync(file.Id, NotificationConsts.DeadlineNear)).ShouldBeEmpty();

        AdvanceTo(deadline);
        await RunAsync();
        var due = await SentAsync(file.Id, NotificationConsts.DeadlineNear);
        due.ShouldNotBeEmpty();
        (await SentAsync(file.Id, NotificationConsts.ReviewOverdue)).ShouldBeEmpty();
        await RunAsync();
        (await SentAsync(file.Id, NotificationConsts.DeadlineNear)).Count.ShouldBe(due.Count);

        AdvanceTo(deadline.AddDays(1));
        await RunAsync();
        var overdue = await SentAsync(file.Id, NotificationConsts.ReviewOverdue);
        overdue.Select(n => n.UserId!.Value).Order().ShouldBe(municipalUsers.Select(u => u.UserId).Order());
        overdue[0].Arguments.ShouldContain(deadline.ToString("yyyy-MM-dd"));

        AdvanceTo(deadline.AddDays(2));
        await RunAsync();
        (await SentAsync(file.Id, NotificationConsts.ReviewOverdue)).Count.ShouldBe(overdue.Count);

        // Once the district acts, the file leaves the step and nothing more is said about it.
        var current = await _s.Applications(s => s.GetAsync(file.Id));
        await _s.Applications(s => s.DistrictApproveAsync(file.Id, new CatalogTransitionDto { ConcurrencyStamp = current.ConcurrencyStamp }));
        AdvanceTo(deadline.AddDays(5));
        await RunAsync();
        (await SentAsync(file.Id, NotificationConsts.ReviewOverdue)).Count.ShouldBe(overdue.Count);
    }

    [Fact]
    public async Task Should_Remind_The_Enterprise_Once_Shortly_Before_The_Revision_Deadline_Of_A_Returned_File()
    {
        var file = await _s.SubmittedAsync();
        await host.LoginAsAsync(RobotPlanTestData.DistrictReviewerOfA);
        await _s.Applications(s => s.ReturnAsync(file.Id, new CatalogReasonTransitionDto { ConcurrencyStamp = file.ConcurrencyStamp, Reason = "补充发票" }));
        var batch = await host.WithDbAsync(db => db.CatalogBatches.AsNoTracking().SingleAsync(b => b.Id == file.BatchId));

        host.Clock.Advance(batch.RevisionDeadline.AddDays(-ReviewDeadlineJob.RevisionReminderDays - 1) - host.Clock.GetUtcNow().UtcDateTime);
        await RunAsync();
        (await SentAsync(file.Id, NotificationConsts.DeadlineNear)).ShouldBeEmpty();

        host.Clock.Advance(TimeSpan.FromDays(2));
        await RunAsync();
        await RunAsync();
        var reminder = (await SentAsync(file.Id, NotificationConsts.DeadlineNear)).ShouldHaveSingleItem();
        reminder.EnterpriseId.ShouldBe(host.Data.EnterpriseAId);
        reminder.TextKey.ShouldBe(ReviewDeadlineJob.RevisionDueTextKey);
    }
}
