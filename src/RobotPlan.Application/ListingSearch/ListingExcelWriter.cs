using MiniExcelLibs;
using RobotPlan.CatalogListings;

namespace RobotPlan.ListingSearch;

/// <summary>
/// Writes listings as .xlsx with Chinese column headers (the published lists are official Chinese documents). Rows are
/// pulled from the database one at a time while MiniExcel writes, so 100,000 rows never sit in memory (P-5).
/// </summary>
public sealed class ListingExcelWriter
{
    public static readonly string[] Headers = ["目录编号", "目录", "产品名称", "型号", "产品类别", "企业名称", "所属区县", "有效期起", "有效期止"];
    public const string StatusHeader = "状态";

    public Task WriteAsync(IAsyncEnumerable<CatalogListing> listings, ReferenceNames names, Stream output, bool withStatus, CancellationToken ct) =>
        // MiniExcel pulls an IEnumerable; blocking on the async reader keeps memory flat and costs one thread per export.
        output.SaveAsAsync(Rows(listings.ToBlockingEnumerable(ct), names, withStatus), printHeader: true, sheetName: "目录",
            excelType: ExcelType.XLSX, cancellationToken: ct);

    private static IEnumerable<Dictionary<string, object?>> Rows(IEnumerable<CatalogListing> listings, ReferenceNames names, bool withStatus)
    {
        foreach (var l in listings)
        {
            var row = new Dictionary<string, object?>(Headers.Length + 1)
            {
                [Headers[0]] = l.Number,
                [Headers[1]] = ReferenceNames.CatalogName(l.Catalog),
                [Headers[2]] = l.ProductName,
                [Headers[3]] = l.ProductModel,
                [Headers[4]] = names.Category(l.CategoryCode) ?? l.CategoryCode,
                [Headers[5]] = l.EnterpriseName,
                [Headers[6]] = names.Jurisdiction(l.JurisdictionId),
                [Headers[7]] = l.ValidFrom.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture),
                [Headers[8]] = l.ValidTo.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture),
            };
            if (withStatus) row[StatusHeader] = StatusName(l.Status);
            yield return row;
        }
    }

    public static string StatusName(CatalogListingStatus status) => status switch
    {
        CatalogListingStatus.Active => "有效",
        CatalogListingStatus.Suspended => "暂停",
        CatalogListingStatus.Revoked => "撤销",
        CatalogListingStatus.Expired => "到期",
        _ => status.ToString(),
    };
}
