using S = RobotPlan.SubsidyClaims.SubsidyClaimStatus;

namespace RobotPlan.Notifications.Claims;

/// <summary>
/// Tells people when a subsidy claim moves (<see cref="ReviewStepNotifier"/>, as for catalog files): the claimant learns of
/// every step it did not take itself (its own submit and withdraw need no message), and the reviewers whose queue the
/// claim enters get a task — district reviewers of the claimant's jurisdiction, then municipal, then finance.
/// </summary>
public sealed class SubsidyClaimNotifications(ISubsidyClaimRepository claims, ReviewStepNotifier steps)
    : IDomainEventHandler<SubsidyClaimStatusChanged>
{
    public const string StatusTextKeyPrefix = "Notification:Claim:";
    public const string TaskTextKey = "Notification:ClaimTaskArrived";

    /// <summary>The claim's page (Pages/Claims/Details).</summary>
    public static string Link(Guid claimId) => $"/claims/details/{claimId}";

    public async Task HandleAsync(SubsidyClaimStatusChanged e, CancellationToken ct)
    {
        var claim = await claims.FindAsync(e.ClaimId, ct);
        if (claim is null) return;
        var news = e.To is S.Submitted or S.Withdrawn or S.Draft
            ? ((string, string)?)null
            : (NotificationConsts.ClaimStatusChanged, StatusTextKeyPrefix + e.To);
        await steps.NotifyAsync(new ReviewStepMove(claim.EnterpriseId, claim.ProductId, claim.StatusReason, Link(claim.Id), news,
            ReviewersOf(e.To), TaskTextKey), ct);
    }

    private static string? ReviewersOf(S to) => to switch
    {
        S.Submitted => RobotPlanRoles.DistrictReviewer,
        S.MunicipalReview => RobotPlanRoles.MunicipalReviewer,
        S.FinanceReview => RobotPlanRoles.FinanceOfficer,
        _ => null,
    };
}
