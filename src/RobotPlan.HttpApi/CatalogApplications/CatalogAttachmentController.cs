using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using RobotPlan.AuditLogging;
using RobotPlan.Files;
using P = RobotPlan.Permissions.RobotPlanPermissions;

namespace RobotPlan.CatalogApplications;

[Route("api/app/catalog-applications/{id:guid}/attachments")]
public sealed class CatalogAttachmentController(ICatalogAttachmentAppService attachments) : RobotPlanAppControllerBase
{
    /// <summary>One attachment of the file; <c>inline=true</c> opens it in the browser (PDF viewer, image). Each download is audited.</summary>
    [HttpGet("{fileId:guid}")]
    [Authorize(P.Catalogs.Default)]
    [AuditedRead]
    public async Task<FileStreamResult> GetAsync(Guid id, Guid fileId, [FromQuery] bool inline, CancellationToken ct) =>
        (await attachments.GetAsync(id, fileId, ct)).ToEvidence(Response, inline);
}
