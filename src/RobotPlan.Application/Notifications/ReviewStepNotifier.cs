namespace RobotPlan.Notifications;

/// <summary>
/// What a move of a reviewed file (catalog file, subsidy claim) tells, in the same save as the move: the enterprise hears of
/// the new state (unless it took the step itself), and the reviewers whose queue the file enters get a task — district
/// reviewers only those of the enterprise's jurisdiction. Which steps are whose stays with each file's handler.
/// </summary>
public sealed class ReviewStepNotifier(IEnterpriseRepository enterprises, IProductRepository products, Notifier notifier)
{
    public async Task NotifyAsync(ReviewStepMove move, CancellationToken ct)
    {
        var productName = (await products.FindAsync(move.ProductId, ct))?.Name ?? "";

        if (move.EnterpriseNews is { } news)
            await notifier.ToEnterpriseAsync(move.EnterpriseId, new NotificationMessage(news.Kind, news.TextKey,
                [productName, move.Reason ?? ""], move.Link), ct);

        if (move.NextReviewerRole is not { } role) return;
        var jurisdiction = role == RobotPlanRoles.DistrictReviewer ? (await enterprises.FindAsync(move.EnterpriseId, ct))?.JurisdictionId : null;
        var enterpriseName = (await enterprises.GetLegalNamesAsync([move.EnterpriseId], ct)).GetValueOrDefault(move.EnterpriseId) ?? "";
        await notifier.ToRoleAsync(role, jurisdiction, new NotificationMessage(NotificationConsts.TaskArrived, move.TaskTextKey,
            [productName, enterpriseName], move.Link), ct);
    }
}

/// <summary>
/// One move as <see cref="ReviewStepNotifier"/> tells it. <paramref name="EnterpriseNews"/> is null for a step the enterprise
/// took itself; <paramref name="NextReviewerRole"/> is null when the file enters no reviewer's queue.
/// </summary>
public sealed record ReviewStepMove(Guid EnterpriseId, Guid ProductId, string? Reason, string Link,
    (string Kind, string TextKey)? EnterpriseNews, string? NextReviewerRole, string TaskTextKey);
