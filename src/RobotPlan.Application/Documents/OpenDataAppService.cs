using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using Microsoft.Extensions.Options;
using RobotPlan.ListingSearch;
using RobotPlan.ReferenceData;
using RobotPlan.Timing;

namespace RobotPlan.Documents;

/// <summary>
/// The catalogs as open data: CSV (UTF-8 with BOM, RFC 4180) and JSON, written as the rows are read (P-5's pattern), with a
/// stamp for ETag / Last-Modified. Field names and meanings: etc/docs/open-data.md.
/// </summary>
public sealed class OpenDataAppService(IOpenDataQueries queries, IReferenceDataRepository referenceData, ReferenceNamesCache namesCache,
    IOptions<DocumentOptions> options, TimeProvider clock) : IOpenDataAppService
{
    public static readonly string[] Fields =
    [
        "number", "catalog", "year", "productName", "productModel", "categoryCode", "categoryName", "enterpriseName", "uscc", "jurisdiction",
        "validFrom", "validTo", "status", "pageUrl", "certificateUrl",
    ];
    private const int FlushEvery = 500;

    public async Task<OpenDataStampDto> GetStampAsync(OpenDataSet set, CancellationToken ct)
    {
        var today = clock.Today();
        var stamp = await queries.GetStampAsync(Filter(set, today), ct);
        // "Active today" also changes when a validity starts or ends, which no row records: the day is part of its version.
        var lastModified = stamp.LastChangedUtc ?? DateTime.UnixEpoch;
        if (set.IsActiveToday && BusinessCalendarClock.StartOfDayUtc(today) is var dayStart && dayStart > lastModified) lastModified = dayStart;
        var version = $"{set.Catalog}|{set.Year}|{stamp.Count}|{stamp.LastChangedUtc?.Ticks}|{(set.IsActiveToday ? today : default)}";
        var etag = "\"" + Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(version)))[..20] + "\"";
        return new OpenDataStampDto(etag, DateTime.SpecifyKind(lastModified, DateTimeKind.Utc), stamp.Count);
    }

    public async Task WriteCsvAsync(OpenDataSet set, Stream output, CancellationToken ct)
    {
        var names = await namesCache.GetAsync(referenceData, ct);
        await using var writer = new StreamWriter(output, new UTF8Encoding(encoderShouldEmitUTF8Identifier: true), 65536, leaveOpen: true);
        writer.NewLine = "\r\n"; // RFC 4180
        await writer.WriteLineAsync(string.Join(',', Fields));
        var n = 0;
        await foreach (var row in queries.StreamAsync(Filter(set, clock.Today()), ct))
        {
            await writer.WriteLineAsync(string.Join(',', Values(Item(row, names)).Select(Csv)));
            if (++n % FlushEvery == 0) await writer.FlushAsync(ct);
        }
    }

    public async Task WriteJsonAsync(OpenDataSet set, Stream output, CancellationToken ct)
    {
        var names = await namesCache.GetAsync(referenceData, ct);
        await using var json = new Utf8JsonWriter(output);
        json.WriteStartObject();
        json.WriteString("dataset", set.IsActiveToday ? "active" : $"{set.Catalog}/{set.Year}");
        json.WriteString("fieldsDocumentation", "etc/docs/open-data.md");
        json.WriteStartArray("items");
        var n = 0;
        await foreach (var row in queries.StreamAsync(Filter(set, clock.Today()), ct))
        {
            // Not Serialize(json, …): that flushes synchronously, which the response stream refuses.
            JsonSerializer.SerializeToElement(Item(row, names), ItemJson).WriteTo(json);
            if (++n % FlushEvery == 0) await json.FlushAsync(ct);
        }
        json.WriteEndArray();
        json.WriteEndObject();
    }

    private static OpenDataFilter Filter(OpenDataSet set, DateOnly today) =>
        set.IsActiveToday ? new OpenDataFilter(null, null, today) : new OpenDataFilter(set.Catalog, set.Year, null);

    /// <summary>The JSON items are the contract's <see cref="OpenDataListingDto"/>: every field written, nulls included, camelCase.</summary>
    private static readonly JsonSerializerOptions ItemJson = new(JsonSerializerDefaults.Web);

    private OpenDataListingDto Item(OpenDataRow r, ReferenceNames names)
    {
        var site = options.Value.PublicBaseUrl.TrimEnd('/');
        return new OpenDataListingDto(r.Number, r.Catalog.ToString(), r.Year, r.ProductName, r.ProductModel, r.CategoryCode,
            names.Category(r.CategoryCode), r.EnterpriseName, r.Uscc, names.Jurisdiction(r.JurisdictionId), DocumentText.Date(r.ValidFrom),
            DocumentText.Date(r.ValidTo), r.Status.ToString(), $"{site}/listings/{r.Number}", $"{site}/api/public/documents/listings/{r.Number}/certificate");
    }

    /// <summary>The CSV columns, in <see cref="Fields"/> order.</summary>
    private static string?[] Values(OpenDataListingDto i) =>
    [
        i.Number, i.Catalog, i.Year.ToString(CultureInfo.InvariantCulture), i.ProductName, i.ProductModel, i.CategoryCode, i.CategoryName,
        i.EnterpriseName, i.Uscc, i.Jurisdiction, i.ValidFrom, i.ValidTo, i.Status, i.PageUrl, i.CertificateUrl,
    ];

    private static string Csv(string? value) =>
        value is null ? "" : value.AsSpan().IndexOfAny(",\"\r\n") >= 0 ? "\"" + value.Replace("\"", "\"\"") + "\"" : value;
}
