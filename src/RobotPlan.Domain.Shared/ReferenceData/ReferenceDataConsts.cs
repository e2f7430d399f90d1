namespace RobotPlan.ReferenceData;

/// <summary>Column lengths of the reference tables (the EF configuration and the DTOs share them).</summary>
public static class ReferenceDataConsts
{
    public const int MaxJurisdictionNameLength = 64;
    public const int MaxCategoryCodeLength = 32;
    public const int MaxCategoryNameLength = 64;
    public const int MaxOrganizationNameLength = 128;
}
