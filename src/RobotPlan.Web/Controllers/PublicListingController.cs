using Microsoft.AspNetCore.Http.Features;
using Microsoft.Net.Http.Headers;

namespace RobotPlan.Web.Controllers;

/// <summary>
/// R-18 buyer search, anonymous and rate limited (S-C). It lives in the host, like the token endpoint, because the
/// rate-limit policy is the host's. Exports are written straight to the response as the rows are read (P-5).
/// </summary>
[Route("api/public/listings")]
[AllowAnonymous]
[EnableRateLimiting(RateLimitSetup.PublicSearch)]
public sealed class PublicListingController(IListingSearchAppService search, IStringLocalizer<RobotPlanResource> localizer) : RobotPlanControllerBase
{
    public const string XlsxContentType = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    [HttpGet]
    public Task<ListingSearchResultDto> SearchAsync([FromQuery] SearchListingsInput input, CancellationToken ct) => search.SearchAsync(input, ct);

    [HttpGet("{number}")]
    public async Task<ActionResult<PublicListingDto>> GetAsync([StringLength(32)] string number, CancellationToken ct) =>
        await search.FindByNumberAsync(number, ct) is { } listing ? listing : NotFound();

    [HttpGet("{number}/reports/{reportId:guid}/file")]
    public async Task<FileStreamResult> GetReportFileAsync([StringLength(32)] string number, Guid reportId, CancellationToken ct)
    {
        var download = await search.GetReportFileAsync(number, reportId, ct);
        Response.Headers.XContentTypeOptions = "nosniff";
        return File(download.Content, download.ContentType, download.FileName);
    }

    [HttpGet("export")]
    [Produces(XlsxContentType)]
    public Task ExportAsync([FromQuery] SearchListingsInput input, CancellationToken ct) =>
        WriteXlsxAsync(localizer["Export:SearchFileName"], output => search.ExportAsync(input, output, ct));

    [HttpGet("published")]
    [Produces(XlsxContentType)]
    public Task ExportPublishedAsync([FromQuery] PublishedListingsInput input, CancellationToken ct) =>
        WriteXlsxAsync($"{input.Catalog}-{input.Year}.xlsx", output => search.ExportPublishedAsync(input, output, ct));

    private async Task WriteXlsxAsync(string fileName, Func<Stream, Task> write)
    {
        Response.ContentType = XlsxContentType;
        var disposition = new ContentDispositionHeaderValue("attachment");
        disposition.SetHttpFileName(fileName);
        Response.Headers.ContentDisposition = disposition.ToString();
        Response.Headers.XContentTypeOptions = "nosniff";
        // MiniExcel's zip writer flushes synchronously; allowed for this response only, which is streamed, never buffered.
        HttpContext.Features.Get<IHttpBodyControlFeature>()?.AllowSynchronousIO = true;
        await write(Response.Body);
    }
}
