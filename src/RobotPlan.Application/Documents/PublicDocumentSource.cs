using Microsoft.Extensions.Options;
using RobotPlan.CatalogApplications;
using RobotPlan.CatalogBatches;
using RobotPlan.CatalogListings;
using RobotPlan.Enterprises;
using RobotPlan.ListingSearch;
using RobotPlan.PublicNotices;
using RobotPlan.ReferenceData;

namespace RobotPlan.Documents;

/// <summary>Builds the public documents' content from the records, in the current culture (issue and the Superseded check).</summary>
public sealed class PublicDocumentSource(ICatalogListingRepository listings, ICatalogApplicationRepository applications, ICatalogBatchRepository batches,
    IEnterpriseRepository enterprises, IPublicNoticeAppService notices, IReferenceDataRepository referenceData, ReferenceNamesCache namesCache,
    DocumentText text, IOptions<DocumentOptions> options)
{
    public async Task<DocumentContentDto> CertificateAsync(CatalogListing listing, CancellationToken ct)
    {
        var application = await applications.FindAsync(listing.ApplicationId, ct);
        var batch = application is null ? null : await batches.FindAsync(application.BatchId, ct);
        var enterprise = await enterprises.FindAsync(listing.EnterpriseId, ct);
        return ListingCertificateContent.Build(text, listing, enterprise?.Uscc, await namesCache.GetAsync(referenceData, ct), batch?.Title,
            ListingCertificateContent.DecidedAt(application));
    }

    public async Task<DocumentContentDto> NoticeAsync(Guid noticeId, CancellationToken ct) =>
        PublicNoticeContent.Build(text, await notices.GetPublicAsync(noticeId, ct), $"{options.Value.PublicBaseUrl.TrimEnd('/')}/notices/{noticeId}");

    public async Task<DocumentContentDto> YearListAsync(CatalogKind catalog, int year, CancellationToken ct)
    {
        var rows = new List<CatalogListing>();
        await foreach (var listing in listings.StreamPublishedAsync(catalog, year, ct)) rows.Add(listing);
        return CatalogYearListContent.Build(text, catalog, year, rows, await namesCache.GetAsync(referenceData, ct));
    }
}
