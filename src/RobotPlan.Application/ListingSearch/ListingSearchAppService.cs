namespace RobotPlan.ListingSearch;

/// <summary>Anonymous by design: everything here is the public record of the catalogs.</summary>
public sealed class ListingSearchAppService(IListingSearchRepository search, ICatalogListingRepository listings, IProductRepository products,
    ITestReportRepository reports, IReferenceDataRepository referenceData, FileStore fileStore, ListingExcelWriter excel, ReferenceNamesCache namesCache, TimeProvider clock)
    : IListingSearchAppService
{
    public async Task<ListingSearchResultDto> SearchAsync(SearchListingsInput input, CancellationToken ct)
    {
        var result = await search.SearchAsync(ToQuery(input, input.SkipCount, input.MaxResultCount), ct);
        var names = await namesCache.GetAsync(referenceData, ct);
        return new ListingSearchResultDto(result.TotalCount, result.Items.Select(names.ToItem).ToList(), names.ToFacets(result.FacetRows));
    }

    public async Task<PublicListingDto?> FindByNumberAsync(string number, CancellationToken ct)
    {
        var listing = await listings.FindByNumberAsync(number.Trim().ToUpperInvariant(), ct);
        if (listing is null) return null;
        var names = await namesCache.GetAsync(referenceData, ct);
        var product = (await products.GetByIdsAsync([listing.ProductId], ct)).SingleOrDefault();
        var bodies = (await referenceData.GetTestingBodiesAsync(ct)).ToDictionary(b => b.Id, b => b.LocalName());
        var reliedOn = new List<PublicTestReportDto>();
        foreach (var id in listing.ReliedOnReportIds)
        {
            if (await reports.FindAsync(id, ct) is { } r)
                reliedOn.Add(new PublicTestReportDto(r.Id, r.Number, bodies.GetValueOrDefault(r.TestingBodyId), r.IssuedOn, r.Conclusion));
        }
        return new PublicListingDto(listing.Number, listing.Catalog, listing.Status, listing.IsSearchableOn(clock.Today()), listing.ProductName,
            listing.ProductModel, names.LocalCategory(listing.CategoryCode), listing.Description,
            product?.Specifications.Select(s => new PublicSpecificationDto(s.Name, s.Value, s.Unit)).ToList() ?? [],
            listing.EnterpriseName, names.LocalJurisdiction(listing.JurisdictionId), listing.ValidFrom, listing.ValidTo,
            listing.History.OrderBy(h => h.ChangedAt).Select(h => new PublicStatusChangeDto(h.To, h.Reason, h.DocumentNumber, h.DocumentDate)).ToList(),
            reliedOn);
    }

    public async Task<FileDownload> GetReportFileAsync(string number, Guid reportId, CancellationToken ct)
    {
        // Only the reports the decision relied on are public; any other id is "not found", whoever's it is.
        var listing = await listings.FindByNumberAsync(number.Trim().ToUpperInvariant(), ct);
        if (listing is null || !listing.ReliedOnReportIds.Contains(reportId)) throw new EntityNotFoundException(typeof(TestReport), reportId);
        var report = await reports.FindAsync(reportId, ct) ?? throw new EntityNotFoundException(typeof(TestReport), reportId);
        var (file, content) = await fileStore.OpenAsync(report.FileId, ct);
        return new FileDownload(content, file.FileName, file.ContentType);
    }

    public async Task ExportAsync(SearchListingsInput input, Stream output, CancellationToken ct)
    {
        var names = await namesCache.GetAsync(referenceData, ct);
        await excel.WriteAsync(search.StreamAsync(ToQuery(input, 0, int.MaxValue), ct), names, output, withStatus: false, ct);
    }

    public async Task ExportPublishedAsync(PublishedListingsInput input, Stream output, CancellationToken ct)
    {
        var names = await namesCache.GetAsync(referenceData, ct);
        await excel.WriteAsync(listings.StreamPublishedAsync(input.Catalog!.Value, input.Year!.Value, ct), names, output, withStatus: true, ct);
    }

    private ListingQuery ToQuery(SearchListingsInput input, int skip, int take) =>
        new(KeywordPlan.Parse(input.Keyword), input.Catalog, input.Category?.Trim(), input.Jurisdiction, input.Enterprise, input.ValidOn ?? clock.Today(),
            input.Sorting, skip, take);
}
