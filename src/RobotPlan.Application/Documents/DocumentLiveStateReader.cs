using System.Globalization;
using RobotPlan.CatalogApplications;
using RobotPlan.CatalogListings;
using RobotPlan.PublicNotices;
using RobotPlan.SubsidyAwards;
using RobotPlan.Timing;

namespace RobotPlan.Documents;

/// <summary>What the record behind a document says now (issue 17 §4): a listing's R-17 state, an award's clawback, a notice's window.</summary>
public sealed class DocumentLiveStateReader(ICatalogListingRepository listings, ICatalogApplicationRepository applications, IAwardRepository awards,
    IPublicNoticeRepository notices, PublicDocumentSource source, TimeProvider clock)
{
    public async Task<DocumentLiveStateDto> ReadAsync(IssuedDocument document, CancellationToken ct) => document.Kind switch
    {
        DocumentKind.ListingCertificate => Of(await listings.FindByNumberAsync(document.SubjectKey, ct)),
        DocumentKind.CatalogDecision => await CatalogDecisionAsync(Guid.Parse(document.SubjectKey), ct),
        DocumentKind.AwardDecision => Of(await awards.FindAsync(Guid.Parse(document.SubjectKey), ct)),
        DocumentKind.PublicNotice => await notices.FindAsync(Guid.Parse(document.SubjectKey), ct) is { } n && n.IsOpenAt(clock.GetUtcNow().UtcDateTime)
            ? new(DocumentLiveStatus.NoticeOpen, null, null, n.EndsOn)
            : new(DocumentLiveStatus.NoticeEnded, null, null, null),
        DocumentKind.CatalogYearList => await YearListAsync(document, ct),
        _ => throw new InvalidOperationException($"Unknown document kind {document.Kind}."),
    };

    /// <summary>R-17: the last change names its reason, document and date; a listing past validTo is Expired even before the job ran.</summary>
    private DocumentLiveStateDto Of(CatalogListing? listing)
    {
        if (listing is null) return new(DocumentLiveStatus.Revoked, null, null, null);
        var last = listing.History.OrderBy(h => h.ChangedAt).Last();
        return listing.Status switch
        {
            CatalogListingStatus.Active when clock.Today() >= listing.ValidTo => new(DocumentLiveStatus.Expired, "R-17", null, listing.ValidTo),
            CatalogListingStatus.Active => new(DocumentLiveStatus.Active, null, null, null),
            CatalogListingStatus.Suspended => new(DocumentLiveStatus.Suspended, last.Reason, last.DocumentNumber, last.DocumentDate),
            CatalogListingStatus.Revoked => new(DocumentLiveStatus.Revoked, last.Reason, last.DocumentNumber, last.DocumentDate),
            _ => new(DocumentLiveStatus.Expired, last.Reason, last.DocumentNumber, last.DocumentDate),
        };
    }

    private async Task<DocumentLiveStateDto> CatalogDecisionAsync(Guid applicationId, CancellationToken ct)
    {
        var application = await applications.FindAsync(applicationId, ct);
        if (application?.ListingId is { } listingId) return Of(await listings.FindAsync(listingId, ct));
        return new(DocumentLiveStatus.Rejected, application?.StatusReason, null,
            application is null ? null : DateOnly.FromDateTime(application.StatusChangedAt));
    }

    private static DocumentLiveStateDto Of(Award? award) => award?.Status switch
    {
        AwardStatus.ClawbackPending => new(DocumentLiveStatus.ClawbackPending, award.Fraud?.Reason, award.Fraud?.DocumentNumber,
            award.Fraud is { } f ? DateOnly.FromDateTime(f.FoundAtUtc) : null),
        AwardStatus.ClawedBack => new(DocumentLiveStatus.ClawedBack, award.Fraud?.Reason, award.Fraud?.DocumentNumber,
            award.RepaidAtUtc is { } at ? DateOnly.FromDateTime(at) : null),
        null => new(DocumentLiveStatus.Revoked, null, null, null),
        _ => new(DocumentLiveStatus.Active, null, null, null),
    };

    /// <summary>The list as it would be issued now, in the edition's culture: the same fingerprint means nothing changed.</summary>
    private async Task<DocumentLiveStateDto> YearListAsync(IssuedDocument document, CancellationToken ct)
    {
        var parts = document.SubjectKey.Split('/');
        var previous = CultureInfo.CurrentUICulture;
        CultureInfo.CurrentUICulture = CultureInfo.GetCultureInfo(document.Culture);
        try
        {
            var now = await source.YearListAsync(Enum.Parse<CatalogKind>(parts[0]), int.Parse(parts[1], CultureInfo.InvariantCulture), ct);
            return DocumentIssuer.Fingerprint(now) == document.ContentFingerprint
                ? new(DocumentLiveStatus.Active, null, null, null)
                : new(DocumentLiveStatus.Superseded, null, null, null);
        }
        finally
        {
            CultureInfo.CurrentUICulture = previous;
        }
    }
}
