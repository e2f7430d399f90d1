namespace RobotPlan.ListingSearch;

/// <summary>Anonymous: buyer search, the public listing record, its relied-on test reports, and the Excel lists.</summary>
public interface IListingSearchAppService
{
    Task<ListingSearchResultDto> SearchAsync(SearchListingsInput input, CancellationToken ct = default);
    /// <summary>Null for an unknown number.</summary>
    Task<PublicListingDto?> FindByNumberAsync(string number, CancellationToken ct = default);
    /// <summary>Only a report the listing's decision relied on; anything else is not found.</summary>
    Task<FileDownload> GetReportFileAsync(string number, Guid reportId, CancellationToken ct = default);
    /// <summary>Writes the whole current result as .xlsx to <paramref name="output"/>, row by row.</summary>
    Task ExportAsync(SearchListingsInput input, Stream output, CancellationToken ct = default);
    Task ExportPublishedAsync(PublishedListingsInput input, Stream output, CancellationToken ct = default);
}
