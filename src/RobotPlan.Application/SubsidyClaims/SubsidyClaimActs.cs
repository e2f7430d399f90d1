using RobotPlan.Identity;
using RobotPlan.Reviews;
using P = RobotPlan.Permissions.RobotPlanPermissions;
using A = RobotPlan.SubsidyClaims.SubsidyClaimAct;
using S = RobotPlan.SubsidyClaims.SubsidyClaimStatus;

namespace RobotPlan.SubsidyClaims;

/// <summary>R-36's <see cref="SubsidyClaim.Transitions"/> as the claim services read it: each role's permission and the acts they offer.</summary>
public static class SubsidyClaimActs
{
    public static readonly ReviewActs<S, A> Table = new(SubsidyClaim.Transitions,
        new Dictionary<string, string>
        {
            [RobotPlanRoles.Enterprise] = P.Claims.Apply,
            [RobotPlanRoles.DistrictReviewer] = P.Claims.DistrictReview,
            [RobotPlanRoles.MunicipalReviewer] = P.Claims.MunicipalReview,
            [RobotPlanRoles.FinanceOfficer] = P.Claims.FinanceReview,
        },
        [A.Submit, A.DistrictApprove, A.MunicipalApprove, A.FinanceConfirm, A.Withdraw, A.Return, A.Reject],
        leadIn: (A.StartDistrictReview, A.DistrictApprove));
}
