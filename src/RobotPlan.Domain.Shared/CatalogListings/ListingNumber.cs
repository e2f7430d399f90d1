namespace RobotPlan.CatalogListings;

/// <summary>R-16: SDT-{year}-{n:0000} (first-unit) / ZDCG-{year}-{n:0000} (key procurement), gap-free per catalog and year.</summary>
public static class ListingNumber
{
    public static string Prefix(CatalogKind catalog) => catalog switch
    {
        CatalogKind.FirstUnit => "SDT",
        CatalogKind.KeyProcurement => "ZDCG",
        _ => throw new ArgumentOutOfRangeException(nameof(catalog)),
    };

    // Beyond 9999 the number simply grows a digit: still unique and sortable within the year.
    public static string Format(CatalogKind catalog, int year, int sequence) =>
        string.Create(CultureInfo.InvariantCulture, $"{Prefix(catalog)}-{year}-{sequence:0000}");
}
