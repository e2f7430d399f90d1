using System.ComponentModel.DataAnnotations;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using RobotPlan.Files;
using P = RobotPlan.Permissions.RobotPlanPermissions;

namespace RobotPlan.Enterprises;

/// <summary>企业实名核验 (issue #14): the enterprise submits its business licence; its district verifies or rejects.</summary>
[Route("api/app/enterprises/{id:guid}/verification")]
public sealed class EnterpriseVerificationController(IEnterpriseVerificationAppService verification) : RobotPlanAppControllerBase
{
    [HttpGet]
    [Authorize(P.Enterprises.Default)]
    public Task<EnterpriseVerificationDto> GetAsync(Guid id, CancellationToken ct) => verification.GetAsync(id, ct);

    [HttpGet("licence")]
    [Authorize(P.Enterprises.Default)]
    [Produces("application/octet-stream", "application/pdf", "image/png", "image/jpeg")]
    public async Task<FileStreamResult> GetLicenceAsync(Guid id, CancellationToken ct) =>
        (await verification.GetLicenceAsync(id, ct)).ToAttachment();

    [HttpPost]
    [Authorize(P.Enterprises.EditOwn)]
    [Consumes("multipart/form-data")]
    public Task<EnterpriseVerificationDto> SubmitAsync(Guid id, [FromForm] SubmitVerificationDto input, [Required] IFormFile file,
        CancellationToken ct) => verification.SubmitAsync(id, input, file.ToUpload(), ct);

    [HttpPost("verify")]
    [Authorize(P.Enterprises.Verify)]
    public Task<EnterpriseVerificationDto> VerifyAsync(Guid id, DecideVerificationDto input, CancellationToken ct) =>
        verification.VerifyAsync(id, input, ct);

    [HttpPost("reject")]
    [Authorize(P.Enterprises.Verify)]
    public Task<EnterpriseVerificationDto> RejectAsync(Guid id, RejectVerificationDto input, CancellationToken ct) =>
        verification.RejectAsync(id, input, ct);
}

/// <summary>A squatted USCC's recovery (issue #14): administrators transfer or dismiss; the claimant follows its own.</summary>
[Route("api/app/uscc-disputes")]
public sealed class UsccDisputeController(IUsccDisputeAppService disputes) : RobotPlanAppControllerBase
{
    [HttpGet]
    [Authorize(P.Enterprises.Manage)]
    public Task<Dtos.PagedResultDto<UsccDisputeDto>> GetListAsync([FromQuery] GetUsccDisputesInput input, CancellationToken ct) =>
        disputes.GetListAsync(input, ct);

    [HttpGet("mine")]
    [Authorize]
    public Task<IReadOnlyList<UsccDisputeDto>> GetMineAsync(CancellationToken ct) => disputes.GetMineAsync(ct);

    [HttpGet("{id:guid}")]
    [Authorize]
    public Task<UsccDisputeDto> GetAsync(Guid id, CancellationToken ct) => disputes.GetAsync(id, ct);

    [HttpGet("{id:guid}/licence")]
    [Authorize]
    [Produces("application/octet-stream", "application/pdf", "image/png", "image/jpeg")]
    public async Task<FileStreamResult> GetLicenceAsync(Guid id, CancellationToken ct) => (await disputes.GetLicenceAsync(id, ct)).ToAttachment();

    [HttpPost("{id:guid}/transfer")]
    [Authorize(P.Enterprises.Manage)]
    public Task<UsccDisputeDto> TransferAsync(Guid id, DecideUsccDisputeDto input, CancellationToken ct) => disputes.TransferAsync(id, input, ct);

    [HttpPost("{id:guid}/dismiss")]
    [Authorize(P.Enterprises.Manage)]
    public Task<UsccDisputeDto> DismissAsync(Guid id, DismissUsccDisputeDto input, CancellationToken ct) => disputes.DismissAsync(id, input, ct);
}
