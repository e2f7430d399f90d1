namespace RobotPlan.ReferenceData;

public enum JurisdictionKind
{
    /// <summary>区县 (GB/T 2260 district or county).</summary>
    District = 0,
    /// <summary>功能区 (两江新区, 西部科学城重庆高新区, 万盛经开区) that reviews as an office of its own.</summary>
    FunctionalZone = 1,
}
