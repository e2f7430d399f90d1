namespace RobotPlan.CatalogApplications;

/// <summary>How an indicator compares with the domestic or international state of the art (first-unit form).</summary>
public enum TechnologyLevel
{
    Below = 0,
    Comparable = 1,
    Leading = 2,
}
