using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using P = RobotPlan.Permissions.RobotPlanPermissions;

namespace RobotPlan.ExpertPanels;

[Route("api/app/expert-panels")]
public sealed class ExpertPanelController(IExpertPanelAppService panels) : RobotPlanAppControllerBase
{
    [HttpPost]
    [Authorize(P.Catalogs.MunicipalReview)]
    public Task<ExpertPanelDto> DrawAsync(DrawExpertPanelDto input, CancellationToken ct) => panels.DrawAsync(input, ct);

    [HttpGet("{id:guid}")]
    [Authorize(P.Catalogs.Default)]
    public Task<ExpertPanelDto> GetAsync(Guid id, CancellationToken ct) => panels.GetAsync(id, ct);

    [HttpGet("by-application/{applicationId:guid}")]
    [Authorize(P.Catalogs.Default)]
    public Task<ExpertPanelDto> GetByApplicationAsync(Guid applicationId, CancellationToken ct) => panels.GetByApplicationAsync(applicationId, ct);

    [HttpGet("{id:guid}/verify")]
    [Authorize(P.Catalogs.MunicipalReview)]
    public Task<PanelVerificationDto> VerifyAsync(Guid id, CancellationToken ct) => panels.VerifyAsync(id, ct);

    [HttpGet("mine")]
    [Authorize(P.Catalogs.ExpertReview)]
    public Task<IReadOnlyList<ExpertPanelDto>> GetMyAssignmentsAsync(CancellationToken ct) => panels.GetMyAssignmentsAsync(ct);

    [HttpPost("{id:guid}/declare-no-conflict")]
    [Authorize(P.Catalogs.ExpertReview)]
    public Task<ExpertPanelDto> DeclareNoConflictAsync(Guid id, CancellationToken ct) => panels.DeclareNoConflictAsync(id, ct);

    [HttpPost("{id:guid}/recuse")]
    [Authorize(P.Catalogs.ExpertReview)]
    public Task<ExpertPanelDto> RecuseAsync(Guid id, RecuseDto input, CancellationToken ct) => panels.RecuseAsync(id, input, ct);

    [HttpPost("{id:guid}/score")]
    [Authorize(P.Catalogs.ExpertReview)]
    public Task<ExpertPanelDto> ScoreAsync(Guid id, ScoreDto input, CancellationToken ct) => panels.ScoreAsync(id, input, ct);
}
