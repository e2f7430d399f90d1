using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.Net.Http.Headers;
using RobotPlan.CatalogListings;
using RobotPlan.PublicNotices;

namespace RobotPlan.Documents;

/// <summary>
/// The catalogs as open data at stable URLs (fields: etc/docs/open-data.md): every listing in force today, and each catalog's
/// list of a year. ETag and Last-Modified let a poller ask cheaply (304); the body is streamed as it is read.
/// </summary>
[Route("api/public/open-data")]
[AllowAnonymous]
[EnableRateLimiting(PublicNoticesPublicController.RateLimitPolicyName)]
[ProducesResponseType(StatusCodes.Status304NotModified)]
public sealed class OpenDataController(IOpenDataAppService openData) : RobotPlanControllerBase
{
    public const string CsvContentType = "text/csv; charset=utf-8";
    public const string JsonContentType = "application/json; charset=utf-8";

    [HttpGet("listings.csv")]
    [Produces("text/csv")]
    public Task ActiveCsvAsync(CancellationToken ct) => WriteAsync(OpenDataSet.ActiveToday, CsvContentType, "listings.csv", openData.WriteCsvAsync, ct);

    [HttpGet("listings.json")]
    [ProducesResponseType<OpenDataFileDto>(StatusCodes.Status200OK, "application/json")]
    public Task ActiveJsonAsync(CancellationToken ct) => WriteAsync(OpenDataSet.ActiveToday, JsonContentType, null, openData.WriteJsonAsync, ct);

    [HttpGet("{catalog}/{year:int:range(2000,2100)}.csv")]
    [Produces("text/csv")]
    public Task YearCsvAsync(CatalogKind catalog, int year, CancellationToken ct) =>
        WriteAsync(new OpenDataSet(catalog, year), CsvContentType, $"{catalog}-{year}.csv", openData.WriteCsvAsync, ct);

    [HttpGet("{catalog}/{year:int:range(2000,2100)}.json")]
    [ProducesResponseType<OpenDataFileDto>(StatusCodes.Status200OK, "application/json")]
    public Task YearJsonAsync(CatalogKind catalog, int year, CancellationToken ct) =>
        WriteAsync(new OpenDataSet(catalog, year), JsonContentType, null, openData.WriteJsonAsync, ct);

    private async Task WriteAsync(OpenDataSet set, string contentType, string? fileName, Func<OpenDataSet, Stream, CancellationToken, Task> write,
        CancellationToken ct)
    {
        var stamp = await openData.GetStampAsync(set, ct);
        var headers = Response.GetTypedHeaders();
        headers.ETag = new EntityTagHeaderValue(stamp.ETag);
        headers.LastModified = stamp.LastModifiedUtc;
        headers.CacheControl = new CacheControlHeaderValue { Public = true, NoCache = true };
        if (NotModified(stamp))
        {
            Response.StatusCode = StatusCodes.Status304NotModified;
            return;
        }
        Response.ContentType = contentType;
        Response.Headers.XContentTypeOptions = "nosniff";
        if (fileName is not null)
        {
            var disposition = new ContentDispositionHeaderValue("inline");
            disposition.SetHttpFileName(fileName);
            Response.Headers.ContentDisposition = disposition.ToString();
        }
        await write(set, Response.Body, ct);
    }

    // RFC 9110 §13.1.2–3: If-None-Match decides when present; otherwise If-Modified-Since (second precision).
    private bool NotModified(OpenDataStampDto stamp)
    {
        var request = Request.GetTypedHeaders();
        if (request.IfNoneMatch is { Count: > 0 } tags)
            return tags.Any(t => t.Tag == "*" || t.Tag.Value == stamp.ETag);
        var lastModified = stamp.LastModifiedUtc.AddTicks(-(stamp.LastModifiedUtc.Ticks % TimeSpan.TicksPerSecond));
        return request.IfModifiedSince is { } since && lastModified <= since.UtcDateTime;
    }
}
