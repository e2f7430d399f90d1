using System.ComponentModel.DataAnnotations;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using RobotPlan.Dtos;
using RobotPlan.Files;
using P = RobotPlan.Permissions.RobotPlanPermissions;

namespace RobotPlan.SubsidyClaims;

/// <summary>补助申请: both kinds, the enterprise's acts, the reviewers' steps and history (the award: SubsidyAwards/AwardController).</summary>
[Route("api/app/subsidy-claims")]
public sealed class SubsidyClaimController(ISubsidyClaimAppService claims) : RobotPlanAppControllerBase
{
    [HttpGet]
    [Authorize(P.Claims.Default)]
    public Task<PagedResultDto<SubsidyClaimDto>> GetListAsync([FromQuery] GetSubsidyClaimsInput input, CancellationToken ct) =>
        claims.GetListAsync(input, ct);

    [HttpGet("open-programs")]
    [Authorize(P.Claims.Default)]
    public Task<IReadOnlyList<ClaimProgramDto>> GetOpenProgramsAsync(CancellationToken ct) => claims.GetOpenProgramsAsync(ct);

    [HttpGet("tasks")]
    [Authorize(P.Claims.Default)]
    public Task<IReadOnlyList<ClaimTaskDto>> GetTasksAsync(CancellationToken ct) => claims.GetTasksAsync(ct);

    [HttpGet("{id:guid}")]
    [Authorize(P.Claims.Default)]
    public Task<SubsidyClaimDto> GetAsync(Guid id, CancellationToken ct) => claims.GetAsync(id, ct);

    [HttpGet("{id:guid}/history")]
    [Authorize(P.Claims.Default)]
    public Task<IReadOnlyList<SubsidyClaimHistoryDto>> GetHistoryAsync(Guid id, CancellationToken ct) => claims.GetHistoryAsync(id, ct);

    /// <summary>Every rule with pass/fail and its localized reason code, and the amount the current parameters give.</summary>
    [HttpGet("{id:guid}/pre-check")]
    [Authorize(P.Claims.Default)]
    public Task<ClaimPreCheckDto> PreCheckAsync(Guid id, CancellationToken ct) => claims.PreCheckAsync(id, ct);

    [HttpPost("compensation")]
    [Authorize(P.Claims.Apply)]
    public Task<SubsidyClaimDto> CreateCompensationAsync(CreateCompensationClaimDto input, CancellationToken ct) =>
        claims.CreateCompensationAsync(input, ct);

    [HttpPost("reward")]
    [Authorize(P.Claims.Apply)]
    public Task<SubsidyClaimDto> CreateRewardAsync(CreateRewardClaimDto input, CancellationToken ct) => claims.CreateRewardAsync(input, ct);

    [HttpPut("{id:guid}/reward")]
    [Authorize(P.Claims.Apply)]
    public Task<SubsidyClaimDto> UpdateRewardAsync(Guid id, UpdateRewardClaimDto input, CancellationToken ct) =>
        claims.UpdateRewardAsync(id, input, ct);

    [HttpPost("{id:guid}/documents")]
    [Authorize(P.Claims.Apply)]
    [Consumes("multipart/form-data")]
    public Task<SubsidyClaimDto> AttachDocumentAsync(Guid id, [FromForm, Required, EnumDataType(typeof(ClaimDocumentKind))] ClaimDocumentKind? kind,
        [Required] IFormFile file, CancellationToken ct) =>
        claims.AttachDocumentAsync(id, kind!.Value, file.ToUpload(), ct);

    [HttpPost("{id:guid}/submit")]
    [Authorize(P.Claims.Apply)]
    public Task<SubsidyClaimDto> SubmitAsync(Guid id, ClaimTransitionDto input, CancellationToken ct) => claims.SubmitAsync(id, input, ct);

    [HttpPost("{id:guid}/withdraw")]
    [Authorize(P.Claims.Apply)]
    public Task<SubsidyClaimDto> WithdrawAsync(Guid id, ClaimTransitionDto input, CancellationToken ct) => claims.WithdrawAsync(id, input, ct);

    [HttpPost("{id:guid}/district-approve")]
    [Authorize(P.Claims.DistrictReview)]
    public Task<SubsidyClaimDto> DistrictApproveAsync(Guid id, ClaimTransitionDto input, CancellationToken ct) => claims.DistrictApproveAsync(id, input, ct);

    [HttpPost("{id:guid}/municipal-approve")]
    [Authorize(P.Claims.MunicipalReview)]
    public Task<SubsidyClaimDto> MunicipalApproveAsync(Guid id, ClaimTransitionDto input, CancellationToken ct) => claims.MunicipalApproveAsync(id, input, ct);

    /// <summary>财政确认: fixes the amount and reserves it on the budget (422 RobotPlan:Claim.BudgetExceeded when it cannot); starts the notice.</summary>
    [HttpPost("{id:guid}/finance-confirm")]
    [Authorize(P.Claims.FinanceReview)]
    public Task<SubsidyClaimDto> FinanceConfirmAsync(Guid id, ClaimTransitionDto input, CancellationToken ct) => claims.FinanceConfirmAsync(id, input, ct);

    /// <summary>By whoever's step the claim is in (checked per step).</summary>
    [HttpPost("{id:guid}/return")]
    [Authorize(P.Claims.Default)]
    public Task<SubsidyClaimDto> ReturnAsync(Guid id, ClaimReasonTransitionDto input, CancellationToken ct) => claims.ReturnAsync(id, input, ct);

    /// <summary>By whoever's step the claim is in; releases a reservation.</summary>
    [HttpPost("{id:guid}/reject")]
    [Authorize(P.Claims.Default)]
    public Task<SubsidyClaimDto> RejectAsync(Guid id, ClaimReasonTransitionDto input, CancellationToken ct) => claims.RejectAsync(id, input, ct);
}
