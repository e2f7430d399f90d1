using System.ComponentModel.DataAnnotations;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.RateLimiting;
using RobotPlan.Files;
using RobotPlan.PublicNotices;

namespace RobotPlan.Documents;

/// <summary>
/// Issue 17: the public record's PDFs and their verification, anonymous and rate limited like public search. The PDFs
/// are in the request's culture (zh-Hans unless the culture cookie or Accept-Language asks for English).
/// </summary>
[Route("api/public/documents")]
[AllowAnonymous]
[EnableRateLimiting(PublicNoticesPublicController.RateLimitPolicyName)]
public sealed class PublicDocumentController(IPublicDocumentAppService documents) : RobotPlanControllerBase
{
    /// <summary>What the document said and its record's state now; an unknown or malformed code is 404 either way.</summary>
    [HttpGet("{code}")]
    public async Task<ActionResult<DocumentVerificationDto>> VerifyAsync([StringLength(64)] string code, CancellationToken ct) =>
        await documents.VerifyAsync(code, ct) is { } verification ? verification : NotFound();

    /// <summary>Is this upload the file we issued under this code? PDF only, within the upload size limit; not kept.</summary>
    [HttpPost("{code}/check")]
    [Consumes("multipart/form-data")]
    public async Task<ActionResult<DocumentFileCheckDto>> CheckAsync([StringLength(64)] string code, [Required] IFormFile file, CancellationToken ct) =>
        await documents.CheckFileAsync(code, file.ToUpload(), ct) is { } check ? check : NotFound();

    [HttpGet("listings/{number}/certificate")]
    [Produces("application/pdf")]
    public async Task<FileStreamResult> GetListingCertificateAsync([StringLength(32)] string number, CancellationToken ct) =>
        (await documents.GetListingCertificateAsync(number, ct)).ToAttachment();

    [HttpGet("notices/{id:guid}")]
    [Produces("application/pdf")]
    public async Task<FileStreamResult> GetNoticeAsync(Guid id, CancellationToken ct) => (await documents.GetNoticeAsync(id, ct)).ToAttachment();

    /// <summary>The published list of a catalog's year as PDF (its Excel twin: api/public/listings/published).</summary>
    [HttpGet("catalog-years")]
    [Produces("application/pdf")]
    public async Task<FileStreamResult> GetCatalogYearListAsync([FromQuery] CatalogYearInput input, CancellationToken ct) =>
        (await documents.GetCatalogYearListAsync(input, ct)).ToAttachment();
}
