namespace RobotPlan.CatalogApplications;

/// <summary>The rules the pre-check shows; each has a localized name and failure reason.</summary>
public enum EligibilityRule
{
    ProductOfEnterprise = 0,
    BatchOpen = 1,
    NoOtherOpenApplication = 2,
    NotAlreadyListed = 3,
    ValidTestReport = 4,
    RequiredAttachments = 5,
    NotBlacklisted = 6,
    /// <summary>R-61: a blacklisted product cannot be listed.</summary>
    ProductNotBlacklisted = 7,
    /// <summary>Issue #14: the enterprise's district verified it (企业实名核验).</summary>
    EnterpriseVerified = 8,
}
