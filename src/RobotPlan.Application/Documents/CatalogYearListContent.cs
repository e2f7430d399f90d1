using RobotPlan.CatalogListings;
using RobotPlan.ListingSearch;

namespace RobotPlan.Documents;

/// <summary>
/// A catalog's published list of one year with each listing's state when the edition was issued. A later change
/// (a listing added, suspended, revoked) makes a new edition; the old one verifies as Superseded.
/// </summary>
public static class CatalogYearListContent
{
    public static string SubjectKey(CatalogKind catalog, int year) => $"{catalog}/{year}";

    public static DocumentContentDto Build(DocumentText t, CatalogKind catalog, int year, IReadOnlyList<CatalogListing> listings, ReferenceNames names)
    {
        var rows = listings.Select(l => (IReadOnlyList<string>)
        [
            l.Number, l.ProductName, l.ProductModel, l.EnterpriseName, names.Jurisdiction(l.JurisdictionId) ?? "—",
            t.Validity(l.ValidFrom, l.ValidTo), t["Listing:Status." + l.Status],
        ]).ToList();
        var table = new DocumentTableDto(
            [t["Listing:Number"], t["Listing:Product"], t["Listing:Model"], t["Listing:Enterprise"], t["Listing:Jurisdiction"], t["Listing:Validity"],
                t["Listing:Status"]], [1.7, 2.2, 1.2, 2.6, 1.1, 2.0, 0.9], rows);
        return t.Content(DocumentKind.CatalogYearList, "Document:Authority.Catalogs", t["Document:YearList.Title", year, t.Catalog(catalog)],
        [
            t.Field("Listing:Catalog", t.Catalog(catalog)),
            t.Field("Document:Year", year.ToString(System.Globalization.CultureInfo.InvariantCulture)),
            t.Field("Document:YearList.Count", listings.Count.ToString(System.Globalization.CultureInfo.InvariantCulture)),
        ], table, "Document:YearList.Note");
    }
}
