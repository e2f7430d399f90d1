using RobotPlan.Identity;
using P = RobotPlan.Permissions.RobotPlanPermissions;

namespace RobotPlan.Permissions;

/// <summary>What each role of domain.md §2 may do; seeded as role claims, editable later by administrators.</summary>
/// <remarks>The seed only adds missing grants, so an existing database keeps a grant removed here (the administrator's
/// audit log and history permissions, moved to the audit administrator by issue #14) until it is taken away by hand.</remarks>
public static class RolePermissionGrants
{
    public static IReadOnlyDictionary<string, string[]> Default { get; } = new Dictionary<string, string[]>
    {
        [RobotPlanRoles.Enterprise] =
        [
            P.Enterprises.Default, P.Enterprises.EditOwn, P.Products.Default, P.Products.Manage, P.TestReports.Default,
            P.Catalogs.Default, P.Catalogs.Apply, P.Insurance.Default, P.Insurance.Manage,
            P.Claims.Default, P.Claims.Apply,
            P.Units.Default, P.Units.Register, P.Units.ReportIncident,
        ],
        [RobotPlanRoles.DistrictReviewer] =
            [P.Enterprises.Default, P.Enterprises.Verify, P.Products.Default, P.TestReports.Default, P.Catalogs.Default, P.Catalogs.DistrictReview,
                P.Claims.Default, P.Claims.DistrictReview],
        [RobotPlanRoles.MunicipalReviewer] =
        [
            P.Enterprises.Default, P.Products.Default, P.TestReports.Default,
            P.Catalogs.Default, P.Catalogs.ManageBatches, P.Catalogs.MunicipalReview, P.Catalogs.ManageListings, P.Catalogs.ManageExperts,
            P.Subsidies.Default, P.Insurance.Default,
            P.Payouts.RecordFraud, P.Announcements.Manage, P.Dashboard.Default,
            P.Claims.Default, P.Claims.MunicipalReview,
            P.Credit.Default, P.Credit.Manage, P.Units.Default,
        ],
        [RobotPlanRoles.Expert] = [P.Catalogs.Default, P.Catalogs.ExpertReview],
        [RobotPlanRoles.FinanceOfficer] = [P.Enterprises.Default, P.Subsidies.Default, P.Subsidies.ManagePrograms, P.Insurance.Default,
            P.Payouts.Default, P.Payouts.Manage, P.Dashboard.Default, P.Claims.Default, P.Claims.FinanceReview, P.Credit.Default],
        [RobotPlanRoles.TestingBody] = [P.TestReports.Default, P.TestReports.Issue, P.Units.Default, P.Units.ReportIncident],
        [RobotPlanRoles.Administrator] =
        [
            P.Enterprises.Default, P.Enterprises.Manage, P.Products.Default, P.TestReports.Default, P.Catalogs.Default, P.Catalogs.ManageExperts,
            P.Subsidies.Default, P.Subsidies.ManagePrograms, P.Insurance.Default, P.Claims.Default,
            P.ReferenceData.Manage, P.Calendar.Manage, P.Users.Default, P.Users.Manage, P.BackgroundJobs.Dashboard,
            P.Operations.Metrics, P.Operations.TreasurySandbox,
            P.Dashboard.Default,
            P.Credit.Default,
        ],
        // 三员分立 (issue #14): access is the security administrator's, reading the trail the audit administrator's.
        [RobotPlanRoles.SecurityAdministrator] = [P.Users.Default, P.Users.ManageSecurity],
        [RobotPlanRoles.AuditAdministrator] = [P.AuditLogs.Default, P.History.Verify],
    };
}
