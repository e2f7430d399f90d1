using RobotPlan.Enterprises;
using RobotPlan.Identity;
using RobotPlan.Products;
using RobotPlan.SeedWork;
using RobotPlan.SubsidyClaims;
using S = RobotPlan.SubsidyClaims.SubsidyClaimStatus;

namespace RobotPlan.Notifications.Claims;

/// <summary>
/// Tells people when a subsidy claim moves, in the same save as the move (as for catalog files): the claimant learns of
/// every step it did not take itself (its own submit and withdraw need no message), and the reviewers whose queue the
/// claim enters get a task — district reviewers of the claimant's jurisdiction, then municipal, then finance.
/// </summary>
public sealed class SubsidyClaimNotifications(ISubsidyClaimRepository claims, IEnterpriseRepository enterprises,
    IProductRepository products, Notifier notifier) : IDomainEventHandler<SubsidyClaimStatusChanged>
{
    public const string StatusTextKeyPrefix = "Notification:Claim:";
    public const string TaskTextKey = "Notification:ClaimTaskArrived";

    /// <summary>The claim's page (Pages/Claims/Details).</summary>
    public static string Link(Guid claimId) => $"/claims/details/{claimId}";

    public async Task HandleAsync(SubsidyClaimStatusChanged e, CancellationToken ct)
    {
        var claim = await claims.FindAsync(e.ClaimId, ct);
        if (claim is null) return;
        var productName = (await products.FindAsync(claim.ProductId, ct))?.Name ?? "";
        var link = Link(claim.Id);

        if (e.To is not (S.Submitted or S.Withdrawn or S.Draft))
            await notifier.ToEnterpriseAsync(claim.EnterpriseId, new NotificationMessage(NotificationConsts.ClaimStatusChanged,
                StatusTextKeyPrefix + e.To, [productName, claim.StatusReason ?? ""], link), ct);

        var (role, jurisdiction) = await ReviewersOfAsync(e.To, claim, ct);
        if (role is not null)
            await notifier.ToRoleAsync(role, jurisdiction, new NotificationMessage(NotificationConsts.TaskArrived, TaskTextKey,
                [productName, (await enterprises.GetLegalNamesAsync([claim.EnterpriseId], ct)).GetValueOrDefault(claim.EnterpriseId) ?? ""],
                link), ct);
    }

    private async Task<(string? Role, Guid? Jurisdiction)> ReviewersOfAsync(S to, SubsidyClaim claim, CancellationToken ct) => to switch
    {
        S.Submitted => (RobotPlanRoles.DistrictReviewer, (await enterprises.FindAsync(claim.EnterpriseId, ct))?.JurisdictionId),
        S.MunicipalReview => (RobotPlanRoles.MunicipalReviewer, null),
        S.FinanceReview => (RobotPlanRoles.FinanceOfficer, null),
        _ => (null, null),
    };
}
