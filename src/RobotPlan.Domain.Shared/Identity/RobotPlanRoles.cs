namespace RobotPlan.Identity;

/// <summary>The roles of domain.md §2.</summary>
public static class RobotPlanRoles
{
    public const string Enterprise = "enterprise";
    public const string DistrictReviewer = "district-reviewer";
    public const string MunicipalReviewer = "municipal-reviewer";
    public const string Expert = "expert";
    public const string FinanceOfficer = "finance-officer";
    public const string TestingBody = "testing-body";
    public const string Administrator = "admin";

    public static readonly IReadOnlyList<string> All =
        [Enterprise, DistrictReviewer, MunicipalReviewer, Expert, FinanceOfficer, TestingBody, Administrator];
}
