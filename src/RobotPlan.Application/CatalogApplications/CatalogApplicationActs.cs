using RobotPlan.Identity;
using RobotPlan.Reviews;
using P = RobotPlan.Permissions.RobotPlanPermissions;
using A = RobotPlan.CatalogApplications.CatalogApplicationAct;
using S = RobotPlan.CatalogApplications.CatalogApplicationStatus;

namespace RobotPlan.CatalogApplications;

/// <summary>
/// R-11's <see cref="CatalogApplication.Transitions"/> as the file services read it: each role's permission and the acts
/// this service offers (expert scoring, the decision and the objection ruling have their own services).
/// </summary>
public static class CatalogApplicationActs
{
    public static readonly ReviewActs<S, A> Table = new(CatalogApplication.Transitions,
        new Dictionary<string, string>
        {
            [RobotPlanRoles.Enterprise] = P.Catalogs.Apply,
            [RobotPlanRoles.DistrictReviewer] = P.Catalogs.DistrictReview,
            [RobotPlanRoles.MunicipalReviewer] = P.Catalogs.MunicipalReview,
        },
        [A.Submit, A.DistrictApprove, A.FormalApprove, A.Withdraw, A.Return, A.Reject],
        leadIn: (A.StartDistrictReview, A.DistrictApprove));
}
