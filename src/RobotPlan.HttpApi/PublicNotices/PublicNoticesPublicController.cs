using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using RobotPlan.Dtos;
using RobotPlan.Files;

namespace RobotPlan.PublicNotices;

/// <summary>公示 is public: anyone reads notices and objects (real-name) without signing in. Rate limited by the host.</summary>
[Route("api/public/notices")]
[AllowAnonymous]
public sealed class PublicNoticesPublicController(IPublicNoticeAppService notices) : RobotPlanControllerBase
{
    /// <summary>The host applies its public rate-limit policy to this name.</summary>
    public const string RateLimitPolicyName = "public-search";

    [HttpGet]
    public Task<PagedResultDto<PublicNoticeDto>> GetListAsync([FromQuery] GetPublicNoticesInput input, CancellationToken ct) =>
        notices.GetPublicListAsync(input, ct);

    [HttpGet("{id:guid}")]
    public Task<PublicNoticeDto> GetAsync(Guid id, CancellationToken ct) => notices.GetPublicAsync(id, ct);

    /// <summary>R-15: only inside the window (422 RobotPlan:PublicNotice.OutsideWindow otherwise).</summary>
    [HttpPost("{id:guid}/objections")]
    [Consumes("multipart/form-data")]
    [Microsoft.AspNetCore.RateLimiting.EnableRateLimiting(RateLimitPolicyName)]
    public Task<ObjectionReceiptDto> ObjectAsync(Guid id, [FromForm] CreateObjectionDto input, IFormFile? evidence, CancellationToken ct) =>
        notices.ObjectAsync(id, input, evidence?.ToUpload(), ct);
}
