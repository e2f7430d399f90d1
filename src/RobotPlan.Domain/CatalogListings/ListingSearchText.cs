using RobotPlan.ListingSearch;

namespace RobotPlan.CatalogListings;

public static class ListingSearchText
{
    /// <summary>What a keyword is matched against: name, model, enterprise and description, normalized, one per line.</summary>
    public static string Of(CatalogListingSnapshot s)
    {
        var text = SearchTerms.Normalize(string.Join('\n', s.ProductName, s.ProductModel, s.EnterpriseName, s.Description ?? ""));
        return text.Length <= CatalogListingConsts.MaxSearchTextLength ? text : text[..CatalogListingConsts.MaxSearchTextLength];
    }
}
