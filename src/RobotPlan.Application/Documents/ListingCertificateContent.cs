using RobotPlan.CatalogApplications;
using RobotPlan.CatalogListings;
using RobotPlan.ListingSearch;

namespace RobotPlan.Documents;

/// <summary>
/// 入选证明: what the listing was published with. Its state is not printed — it changes; the QR code shows it live.
/// The decision is cited by its batch and date: the catalog files carry no separate document number (文号).
/// </summary>
public static class ListingCertificateContent
{
    public static DocumentContentDto Build(DocumentText t, CatalogListing listing, string? uscc, ReferenceNames names, string? batchTitle,
        DateTime? decidedAtUtc)
    {
        List<DocumentFieldDto> fields =
        [
            t.Field("Listing:Catalog", t.Catalog(listing.Catalog)),
            t.Field("Listing:Number", listing.Number),
            t.Field("Listing:Product", listing.ProductName),
            t.Field("Listing:Model", listing.ProductModel),
            t.Field("Listing:Enterprise", listing.EnterpriseName),
            t.Field("Document:Uscc", uscc),
            t.Field("Listing:Category", names.Category(listing.CategoryCode) ?? listing.CategoryCode),
            t.Field("Listing:Jurisdiction", names.Jurisdiction(listing.JurisdictionId)),
            t.Field("Listing:Validity", t.Validity(listing.ValidFrom, listing.ValidTo)),
        ];
        // A listing published without its file (data carried over) has no batch or decision to cite.
        if (batchTitle is not null) fields.Add(t.Field("Document:Batch", batchTitle));
        if (decidedAtUtc is { } at) fields.Add(t.Field("Document:DecisionDate", DocumentText.Date(at)));
        fields.Add(t.Field("Document:PublishedOn", DocumentText.Date(listing.ValidFrom)));
        fields.Add(t.Field("Document:Issuer", t["Document:Authority.Catalogs"]));
        return t.Content(DocumentKind.ListingCertificate, "Document:Authority.Catalogs", t["Document:Certificate.Title", t.Catalog(listing.Catalog)],
            fields, noteKey: "Document:Certificate.Note");
    }

    /// <summary>The municipal decision that sent the file to public notice, from the file's history.</summary>
    public static DateTime? DecidedAt(CatalogApplication? application) =>
        application?.History.LastOrDefault(h => h.To == CatalogApplicationStatus.InPublicNotice)?.At;
}
