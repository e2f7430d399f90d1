using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using RobotPlan.Files;
using RobotPlan.SubsidyClaims;
using P = RobotPlan.Permissions.RobotPlanPermissions;

namespace RobotPlan.SubsidyAwards;

/// <summary>补助: a claim's award explained, and a programme's awards exported (routes under the claim and the programme they belong to).</summary>
public sealed class AwardController(IAwardAppService awards) : RobotPlanAppControllerBase
{
    /// <summary>The explain view: inputs, parameter version and values, computation lines, and the amount recomputed from them.</summary>
    [HttpGet("api/app/subsidy-claims/{id:guid}/award")]
    [Authorize(P.Claims.Default)]
    public Task<AwardExplanationDto> GetExplanationAsync(Guid id, CancellationToken ct) => awards.GetExplanationAsync(id, ct);

    /// <summary>A programme's awards as an Excel workbook.</summary>
    [HttpGet("api/app/subsidy-programs/{programId:guid}/awards/export")]
    [Authorize(P.Subsidies.Default)]
    [Produces(RobotPlan.Dashboard.DashboardController.XlsxContentType)]
    public async Task<IActionResult> ExportAsync(Guid programId, CancellationToken ct) => (await awards.ExportAsync(programId, ct)).ToAttachment();
}
