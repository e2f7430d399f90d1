using System.Globalization;
using RobotPlan.CatalogApplications;
using RobotPlan.CatalogListings;
using RobotPlan.SubsidyClaims;

namespace RobotPlan.Documents;

/// <summary>The enterprise's decision letters: the catalog decision and the subsidy award with its computation (R-31).</summary>
public static class DecisionLetterContent
{
    public static DocumentContentDto Catalog(DocumentText t, CatalogApplicationDto file, string? uscc, CatalogListing? listing)
    {
        var listed = file.Status == CatalogApplicationStatus.Listed;
        var decidedAt = file.History.LastOrDefault(h => h.To == file.Status)?.At ?? file.StatusChangedAt;
        List<DocumentFieldDto> fields =
        [
            t.Field("Listing:Enterprise", file.EnterpriseName),
            t.Field("Document:Uscc", uscc),
            t.Field("Listing:Product", file.ProductName),
            t.Field("Listing:Model", file.ProductModel),
            t.Field("Listing:Catalog", t.Catalog(file.Catalog)),
            t.Field("Document:Batch", file.BatchTitle),
            t.Field("Document:Decision", t[listed ? "Document:Decision.Listed" : "Document:Decision.Rejected"]),
        ];
        if (listing is not null)
        {
            fields.Add(t.Field("Listing:Number", listing.Number));
            fields.Add(t.Field("Listing:Validity", t.Validity(listing.ValidFrom, listing.ValidTo)));
        }
        if (!listed) fields.Add(t.Field("Document:Reason", file.StatusReason));
        fields.Add(t.Field("Document:DecisionDate", DocumentText.Date(decidedAt)));
        fields.Add(t.Field("Document:Issuer", t["Document:Authority.Catalogs"]));
        return t.Content(DocumentKind.CatalogDecision, "Document:Authority.Catalogs", t["Document:CatalogDecision.Title"], fields,
            noteKey: listed ? null : "Document:CatalogDecision.RejectedNote");
    }

    public static DocumentContentDto Award(DocumentText t, AwardExplanationDto award, string? uscc)
    {
        var x = award.Explanation;
        List<DocumentFieldDto> fields =
        [
            t.Field("Document:Award.Program", award.ProgramTitle),
            t.Field("Document:Award.Kind", t["Subsidy:Kind:" + award.Kind]),
            t.Field("Document:Award.Payee", award.PayeeName),
            t.Field("Document:Uscc", uscc),
            t.Field("Document:Award.Amount", t.Yuan(award.Amount)),
            t.Field("Document:Award.ParameterVersion", x?.ParameterVersion.ToString(CultureInfo.InvariantCulture)),
            t.Field("Document:DecisionDate", DocumentText.Date(award.ApprovedAtUtc)),
            t.Field("Document:Issuer", t["Document:Authority.Subsidies"]),
        ];
        if (x?.PremiumPaid is { } premium)
            fields.Insert(5, t.Field("Document:Award.Inputs", $"{t["Subsidy:PremiumPaid"]} {premium:N2}；{t["Subsidy:SumInsured"]} {x.SumInsured:N2}；{t["Subsidy:AlreadyCompensated"]} {x.AlreadyCompensated:N2}"));
        if (x?.ContractPrice is { } price)
            fields.Insert(5, t.Field("Document:Award.Inputs", $"{t["ClaimPage:ContractPrice"]} {price:N2}"));
        var table = x is null ? null : new DocumentTableDto([t["Subsidy:Step"], t["Subsidy:Formula"], t["Subsidy:Value"]], [2.2, 4, 1.4],
            x.Lines.Select(l => (IReadOnlyList<string>)[t["Subsidy:Line:" + l.Key], l.Formula, l.Value.ToString("N2", CultureInfo.InvariantCulture)]).ToList());
        return t.Content(DocumentKind.AwardDecision, "Document:Authority.Subsidies", t["Document:Award.Title"], fields, table, "Document:Award.Note");
    }
}
