using Microsoft.Extensions.Logging;
using RobotPlan.Calendar;
using RobotPlan.CatalogApplications;
using RobotPlan.CatalogBatches;
using RobotPlan.Enterprises;
using RobotPlan.Identity;
using RobotPlan.Products;
using RobotPlan.Reviews;
using RobotPlan.SeedWork;
using RobotPlan.Timing;
using S = RobotPlan.CatalogApplications.CatalogApplicationStatus;

namespace RobotPlan.Notifications.Catalog;

/// <summary>
/// Daily, working days included: for each file waiting in district review (初审) — on its last day the district reviewers
/// are reminded; once past it, the municipal reviewers (their supervisors) are told, escalation. The deadline is the one
/// the task list shows: the batch's ReviewWorkingDays-th working day after the day the file entered the step.
/// A file returned to its enterprise is the enterprise's task: it is reminded <see cref="RevisionReminderDays"/> days before
/// the batch's revision deadline, after which the file can no longer be resubmitted.
/// Idempotent: each message carries a key naming the file and the moment it entered the step, so a re-run (or a second
/// run the same day) adds nothing, while a file that comes back to the step later is watched afresh.
/// </summary>
public sealed class ReviewDeadlineJob(ICatalogApplicationRepository applications, ICatalogBatchRepository batches, IProductRepository products,
    IEnterpriseRepository enterprises, ICalendarRepository calendars, Notifier notifier, IUnitOfWork unitOfWork, TimeProvider clock,
    ILogger<ReviewDeadlineJob> logger)
{
    public const string DueTodayTextKey = "Notification:ReviewDueToday";
    public const string OverdueTextKey = "Notification:ReviewOverdue";
    public const string RevisionDueTextKey = "Notification:RevisionDueSoon";
    public const int RevisionReminderDays = 3;
    private const int MaxFiles = 5000;

    /// <summary>How many notifications were raised (reminders plus escalations).</summary>
    public async Task<int> RunAsync(CancellationToken ct = default)
    {
        var raised = await RemindOfRevisionDeadlinesAsync(ct);
        var files = await applications.GetWaitingAsync([S.Submitted, S.DistrictReview], null, MaxFiles, ct);
        if (files.Count == 0)
        {
            await unitOfWork.SaveChangesAsync(ct);
            return raised;
        }
        var batchesById = (await batches.GetByIdsAsync(files.Select(f => f.BatchId).Distinct().ToList(), ct)).ToDictionary(b => b.Id);
        var calendar = await calendars.GetCalendarAsync(ct);
        var today = clock.Today();
        foreach (var file in files)
        {
            DateOnly deadline;
            try
            {
                deadline = ReviewDeadline.DueOn(calendar, file.StatusChangedAt, batchesById[file.BatchId].ReviewWorkingDays);
            }
            catch (BusinessException e)
            {
                // A year the calendar lacks is the administrator's to fix; the other files still count.
                logger.LogWarning("No review deadline for file {Id}: {Code}", file.Id, e.Code);
                continue;
            }
            if (today < deadline) continue;
            var product = (await products.FindAsync(file.ProductId, ct))?.Name ?? "";
            var enterprise = await enterprises.FindAsync(file.EnterpriseId, ct);
            var args = new[] { product, enterprise?.LegalName ?? "", deadline.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture) };
            var link = CatalogApplicationNotifications.Link(file.Id);
            var stepKey = $"{file.Id:N}:{file.StatusChangedAt.Ticks}";
            raised += today == deadline
                ? await notifier.ToRoleAsync(RobotPlanRoles.DistrictReviewer, enterprise?.JurisdictionId,
                    new NotificationMessage(NotificationConsts.DeadlineNear, DueTodayTextKey, args, link, "review-due:" + stepKey), ct)
                : await notifier.ToRoleAsync(RobotPlanRoles.MunicipalReviewer, null,
                    new NotificationMessage(NotificationConsts.ReviewOverdue, OverdueTextKey, args, link, "review-overdue:" + stepKey), ct);
        }
        await unitOfWork.SaveChangesAsync(ct);
        return raised;
    }

    private async Task<int> RemindOfRevisionDeadlinesAsync(CancellationToken ct)
    {
        var returned = await applications.GetWaitingAsync([S.Returned], null, MaxFiles, ct);
        if (returned.Count == 0) return 0;
        var batchesById = (await batches.GetByIdsAsync(returned.Select(f => f.BatchId).Distinct().ToList(), ct)).ToDictionary(b => b.Id);
        var now = clock.GetUtcNow().UtcDateTime;
        var raised = 0;
        foreach (var file in returned)
        {
            var deadline = batchesById[file.BatchId].RevisionDeadline;
            if (now >= deadline || now < deadline.AddDays(-RevisionReminderDays)) continue;
            var product = (await products.FindAsync(file.ProductId, ct))?.Name ?? "";
            var local = CatalogBatchMapper.ToLocal(deadline).ToString("yyyy-MM-dd HH:mm", System.Globalization.CultureInfo.InvariantCulture);
            if (await notifier.ToEnterpriseAsync(file.EnterpriseId, new NotificationMessage(NotificationConsts.DeadlineNear, RevisionDueTextKey,
                    [product, local], CatalogApplicationNotifications.Link(file.Id), $"revision-due:{file.Id:N}:{file.StatusChangedAt.Ticks}"), ct))
                raised++;
        }
        return raised;
    }
}
