using MiniExcelLibs;

namespace RobotPlan.ListingSearch;

/// <summary>
/// Writes listings as .xlsx in the request's culture (issue #16 item 6: headers, sheet, catalog and status names; the
/// category and district names are the reference data's own). Rows are pulled from the database one at a time while
/// MiniExcel writes, so 100,000 rows never sit in memory (P-5).
/// </summary>
public sealed class ListingExcelWriter(IStringLocalizer<RobotPlanResource> localizer)
{
    private static readonly string[] HeaderKeys =
        ["Listing:Number", "Listing:Catalog", "Listing:Product", "Listing:Model", "Listing:Category", "Listing:Enterprise",
         "Listing:Jurisdiction", "Export:ValidFrom", "Export:ValidTo"];

    /// <summary>The column headers in the current culture (the status column, of the published lists, not included).</summary>
    public IReadOnlyList<string> Headers() => [.. HeaderKeys.Select(k => localizer[k].Value)];

    public Task WriteAsync(IAsyncEnumerable<CatalogListing> listings, ReferenceNames names, Stream output, bool withStatus, CancellationToken ct)
    {
        // The texts are read here, in the request's culture, not while MiniExcel pulls the rows.
        var headers = Headers();
        var catalogs = Enum.GetValues<CatalogKind>().ToDictionary(c => c, c => localizer["Listing:Catalog." + c].Value);
        var statuses = Enum.GetValues<CatalogListingStatus>().ToDictionary(s => s, s => localizer["Listing:Status." + s].Value);
        var statusHeader = localizer["Listing:Status"].Value;
        // MiniExcel pulls an IEnumerable; blocking on the async reader keeps memory flat and costs one thread per export.
        return output.SaveAsAsync(Rows(), printHeader: true, sheetName: localizer["Export:ListingsSheet"], excelType: ExcelType.XLSX,
            cancellationToken: ct);

        IEnumerable<Dictionary<string, object?>> Rows()
        {
            foreach (var l in listings.ToBlockingEnumerable(ct))
            {
                var row = new Dictionary<string, object?>(headers.Count + 1)
                {
                    [headers[0]] = l.Number,
                    [headers[1]] = catalogs[l.Catalog],
                    [headers[2]] = l.ProductName,
                    [headers[3]] = l.ProductModel,
                    [headers[4]] = names.LocalCategory(l.CategoryCode) ?? l.CategoryCode,
                    [headers[5]] = l.EnterpriseName,
                    [headers[6]] = names.LocalJurisdiction(l.JurisdictionId),
                    [headers[7]] = l.ValidFrom.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
                    [headers[8]] = l.ValidTo.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
                };
                if (withStatus) row[statusHeader] = statuses[l.Status];
                yield return row;
            }
        }
    }
}
