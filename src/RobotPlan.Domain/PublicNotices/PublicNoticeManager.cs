using RobotPlan.Calendar;
using RobotPlan.CatalogApplications;
using RobotPlan.CatalogBatches;
using RobotPlan.Errors;
using RobotPlan.Products;
using RobotPlan.SeedWork;
using RobotPlan.Reviews;

namespace RobotPlan.PublicNotices;

/// <summary>The decision (R-13 re-checked, R-15 window from the calendar) that moves a batch's passed files into one notice.</summary>
public class PublicNoticeManager(
    IPublicNoticeRepository notices,
    ICalendarRepository calendar,
    CatalogApplicationManager applicationManager,
    IProductRepository products,
    TimeProvider clock)
{
    private static readonly EligibilityRule[] DecisionRules =
        [EligibilityRule.NotBlacklisted, EligibilityRule.ProductNotBlacklisted, EligibilityRule.ValidTestReport, EligibilityRule.RequiredAttachments];

    public async Task<PublicNotice> DecideAsync(CatalogBatch batch, IReadOnlyList<CatalogApplication> files, ReviewActor actor,
        CancellationToken ct = default)
    {
        var pending = files.Where(f => f.BatchId == batch.Id && f.Status == CatalogApplicationStatus.PendingDecision).ToList();
        if (pending.Count == 0) throw new BusinessException(RobotPlanErrorCodes.NothingToDecide);
        var now = clock.GetUtcNow().UtcDateTime;
        // Computed before any file moves: an unknown calendar year refuses the whole decision (R-15, never a guess).
        var window = NoticeWindow.Compute(await calendar.GetCalendarAsync(ct), now, batch.NoticeWorkingDays);
        var blocked = await FindBlockedAsync(batch, pending, ct);
        if (blocked.Count > 0) throw new DecisionBlockedException(blocked);
        foreach (var file in pending) file.Decide(actor, now);
        var notice = new PublicNotice(batch, pending, window, now);
        await notices.AddAsync(notice, ct);
        return notice;
    }

    /// <summary>
    /// R-13 again at decision (the window and one-open-file rules were settled at submission): the files a rule now
    /// blocks, each with every failed rule, so the reviewer can return or reject them and decide the rest.
    /// </summary>
    public async Task<IReadOnlyList<BlockedFile>> FindBlockedAsync(CatalogBatch batch, IEnumerable<CatalogApplication> pending,
        CancellationToken ct = default)
    {
        var blocked = new List<BlockedFile>();
        foreach (var file in pending)
        {
            var result = await applicationManager.CheckAsync(file, batch, await products.FindAsync(file.ProductId, ct), ct);
            var failures = result.Failures.Where(f => DecisionRules.Contains(f.Rule)).ToList();
            if (failures.Count > 0) blocked.Add(new BlockedFile(file.Id, failures));
        }
        return blocked;
    }
}
