
namespace RobotPlan.CatalogListings;

/// <summary>The parameters (configuration section "CatalogListings").</summary>
public sealed class CatalogListingOptions
{
    public const string SectionName = "CatalogListings";

    public int ValidityYears { get; set; } = CatalogListingConsts.DefaultValidityYears;
    public int ExpiryWarningDays { get; set; } = CatalogListingConsts.DefaultExpiryWarningDays;
}
