namespace RobotPlan.CatalogListings;

public static class CatalogListingConsts
{
    public const int MaxNumberLength = 32;
    public const int MaxReasonLength = 1000;
    public const int MaxDocumentNumberLength = 64;
    /// <summary>R-16's parameter: validTo = validFrom + 3 years unless the batch says otherwise.</summary>
    public const int DefaultValidityYears = 3;
    /// <summary>R-17's parameter: enterprises are warned this many days before expiry.</summary>
    public const int DefaultExpiryWarningDays = 90;
    /// <summary>Product name, model, enterprise name and description, lowercased, for the exact substring check.</summary>
    public const int MaxSearchTextLength = 4400;
}
