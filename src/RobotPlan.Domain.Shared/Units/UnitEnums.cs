namespace RobotPlan.Units;

/// <summary>How a unit entered the registry: the manufacturer registered it, or an insurance policy covered it.</summary>
public enum UnitSource
{
    Enterprise = 0,
    InsurancePolicy = 1,
}

/// <summary>质量事故等级: a Major incident lets a municipal reviewer suspend the listing in one step.</summary>
public enum IncidentSeverity
{
    Minor = 0,
    Serious = 1,
    Major = 2,
}

/// <summary>Who reported an incident: the unit's buyer, its manufacturer, or a testing body.</summary>
public enum IncidentReporterKind
{
    Buyer = 0,
    Enterprise = 1,
    TestingBody = 2,
}

public static class UnitConsts
{
    public const int MaxSerialNumberLength = 64;
    public const int MaxBuyerNameLength = 256;
    public const int MaxSiteLength = 256;
    public const int MaxDescriptionLength = 2000;
    public const int MaxReporterNameLength = 128;
}
