using RobotPlan.PublicNotices;

namespace RobotPlan.Documents;

/// <summary>公示: the files, the window in working days with its dates, where and how to object, the authority.</summary>
public static class PublicNoticeContent
{
    public static DocumentContentDto Build(DocumentText t, PublicNoticeDto notice, string objectionUrl)
    {
        var isClaims = notice.Subject == NoticeSubject.SubsidyClaim;
        var rows = notice.Entries.Select((e, i) => (IReadOnlyList<string>)
        [
            (i + 1).ToString(System.Globalization.CultureInfo.InvariantCulture), e.EnterpriseName ?? "—", e.ProductName ?? "—",
            e.ProductModel ?? "—", e.IsWithdrawn ? t["Document:Notice.Withdrawn"] : "",
        ]).ToList();
        var table = new DocumentTableDto(
            [t["Document:No"], t["Listing:Enterprise"], t["Listing:Product"], t["Listing:Model"], t["Document:Remark"]], [0.6, 3, 2.6, 1.6, 1.2], rows);
        return t.Content(DocumentKind.PublicNotice, isClaims ? "Document:Authority.Subsidies" : "Document:Authority.Catalogs",
            t["Document:Notice.Title", notice.Title],
        [
            t.Field("Document:Notice.Subject", isClaims ? t["Document:Notice.Subject.Claims"] : t.Catalog(notice.Catalog!.Value)),
            t.Field("Document:Notice.Window", t["Document:Notice.WindowText", notice.WorkingDays, DocumentText.Date(notice.StartsOn),
                DocumentText.Date(notice.EndsOn)]),
            t.Field("Document:Notice.Objection", t["Document:Notice.ObjectionText", objectionUrl]),
            t.Field("Document:Notice.Count", notice.Entries.Count.ToString(System.Globalization.CultureInfo.InvariantCulture)),
            t.Field("Document:Issuer", t[isClaims ? "Document:Authority.Subsidies" : "Document:Authority.Catalogs"]),
        ], table);
    }
}
