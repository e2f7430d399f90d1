using System.ComponentModel.DataAnnotations;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using RobotPlan.Files;
using P = RobotPlan.Permissions.RobotPlanPermissions;

namespace RobotPlan.PublicNotices;

[Route("api/app/public-notices")]
[Authorize(P.Catalogs.MunicipalReview)]
public sealed class PublicNoticeController(IPublicNoticeAppService notices) : RobotPlanAppControllerBase
{
    /// <summary>The decision: the batch's PendingDecision files go into a new notice (422 RobotPlan:Calendar.YearMissing if the calendar lacks a year).</summary>
    [HttpPost]
    public Task<PublicNoticeDto> DecideAsync(DecideBatchDto input, CancellationToken ct) => notices.DecideAsync(input, ct);

    /// <summary>The batch's files a rule now blocks from the decision, each with its failed rules (an empty list: the decision can go ahead).</summary>
    [HttpGet("blocked-files")]
    public Task<IReadOnlyList<BlockedFileDto>> GetBlockedFilesAsync([FromQuery, Required] Guid? batchId, CancellationToken ct) =>
        notices.GetBlockedFilesAsync(batchId!.Value, ct);

    [HttpGet("objections")]
    public Task<IReadOnlyList<ObjectionDto>> GetOpenObjectionsAsync(CancellationToken ct) => notices.GetOpenObjectionsAsync(ct);

    [HttpPost("objections/{id:guid}/uphold")]
    public Task<ObjectionDto> UpholdAsync(Guid id, ResolveObjectionDto input, CancellationToken ct) => notices.UpholdAsync(id, input, ct);

    [HttpPost("objections/{id:guid}/dismiss")]
    public Task<ObjectionDto> DismissAsync(Guid id, ResolveObjectionDto input, CancellationToken ct) => notices.DismissAsync(id, input, ct);

    [HttpGet("objections/{id:guid}/evidence")]
    public async Task<FileStreamResult> GetEvidenceAsync(Guid id, CancellationToken ct) => (await notices.GetEvidenceAsync(id, ct)).ToAttachment();
}
