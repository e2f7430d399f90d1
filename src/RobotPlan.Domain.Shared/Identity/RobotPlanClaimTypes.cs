namespace RobotPlan.Identity;

/// <summary>Claims that bind a user to the party it acts for (its enterprise, jurisdiction or testing body).</summary>
public static class RobotPlanClaimTypes
{
    public const string Permission = "permission";
    public const string EnterpriseId = "robotplan:enterprise";
    public const string JurisdictionId = "robotplan:jurisdiction";
    public const string TestingBodyId = "robotplan:testing-body";
    public const string DisplayName = "robotplan:display-name";
}
