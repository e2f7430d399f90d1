using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using RobotPlan.Files;
using P = RobotPlan.Permissions.RobotPlanPermissions;

namespace RobotPlan.Documents;

/// <summary>Decision letters: whoever may read the file may download its letter; another party's file is 404.</summary>
[Route("api/app/decision-letters")]
public sealed class DecisionLetterController(IDecisionLetterAppService letters) : RobotPlanAppControllerBase
{
    [HttpGet("catalog-applications/{id:guid}")]
    [Authorize(P.Catalogs.Default)]
    [Produces("application/pdf")]
    public async Task<FileStreamResult> GetCatalogDecisionAsync(Guid id, CancellationToken ct) =>
        (await letters.GetCatalogDecisionAsync(id, ct)).ToAttachment();

    [HttpGet("subsidy-claims/{id:guid}")]
    [Authorize(P.Claims.Default)]
    [Produces("application/pdf")]
    public async Task<FileStreamResult> GetAwardDecisionAsync(Guid id, CancellationToken ct) =>
        (await letters.GetAwardDecisionAsync(id, ct)).ToAttachment();
}
