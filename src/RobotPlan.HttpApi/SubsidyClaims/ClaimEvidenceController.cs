using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using RobotPlan.AuditLogging;
using RobotPlan.Files;
using P = RobotPlan.Permissions.RobotPlanPermissions;

namespace RobotPlan.SubsidyClaims;

[Route("api/app/subsidy-claims/{id:guid}/evidence")]
public sealed class ClaimEvidenceController(IClaimEvidenceAppService evidence) : RobotPlanAppControllerBase
{
    /// <summary>One evidence file of the claim; <c>inline=true</c> opens it in the browser (PDF viewer, image). Each download is audited.</summary>
    [HttpGet("{fileId:guid}")]
    [Authorize(P.Claims.Default)]
    [AuditedRead]
    public async Task<FileStreamResult> GetAsync(Guid id, Guid fileId, [FromQuery] bool inline, CancellationToken ct) =>
        (await evidence.GetAsync(id, fileId, ct)).ToEvidence(Response, inline);
}
