using RobotPlan.Dtos;
using RobotPlan.Files;

namespace RobotPlan.SubsidyClaims;

public interface ISubsidyClaimAppService
{
    /// <summary>Programmes whose application window is open now, to claim in.</summary>
    Task<IReadOnlyList<ClaimProgramDto>> GetOpenProgramsAsync(CancellationToken ct = default);
    Task<PagedResultDto<SubsidyClaimDto>> GetListAsync(GetSubsidyClaimsInput input, CancellationToken ct = default);
    Task<SubsidyClaimDto> GetAsync(Guid id, CancellationToken ct = default);
    Task<SubsidyClaimDto> CreateCompensationAsync(CreateCompensationClaimDto input, CancellationToken ct = default);
    Task<SubsidyClaimDto> CreateRewardAsync(CreateRewardClaimDto input, CancellationToken ct = default);
    /// <summary>The product behind a first-unit catalog number (目录编号), for the buyer's reward form; null when there is none.</summary>
    Task<ClaimProductDto?> FindListedProductAsync(string listingNumber, CancellationToken ct = default);
    Task<SubsidyClaimDto> UpdateRewardAsync(Guid id, UpdateRewardClaimDto input, CancellationToken ct = default);
    Task<SubsidyClaimDto> AttachDocumentAsync(Guid id, ClaimDocumentKind kind, FileUpload file, CancellationToken ct = default);
    Task<ClaimPreCheckDto> PreCheckAsync(Guid id, CancellationToken ct = default);
    Task<SubsidyClaimDto> SubmitAsync(Guid id, ClaimTransitionDto input, CancellationToken ct = default);
    Task<SubsidyClaimDto> WithdrawAsync(Guid id, ClaimTransitionDto input, CancellationToken ct = default);

    Task<SubsidyClaimDto> DistrictApproveAsync(Guid id, ClaimTransitionDto input, CancellationToken ct = default);
    Task<SubsidyClaimDto> MunicipalApproveAsync(Guid id, ClaimTransitionDto input, CancellationToken ct = default);
    /// <summary>财政确认: re-checks, fixes the amount, reserves it on the budget (refused when it cannot) and publishes the notice.</summary>
    Task<SubsidyClaimDto> FinanceConfirmAsync(Guid id, ClaimTransitionDto input, CancellationToken ct = default);
    Task<SubsidyClaimDto> ReturnAsync(Guid id, ClaimReasonTransitionDto input, CancellationToken ct = default);
    Task<SubsidyClaimDto> RejectAsync(Guid id, ClaimReasonTransitionDto input, CancellationToken ct = default);

    Task<IReadOnlyList<SubsidyClaimHistoryDto>> GetHistoryAsync(Guid id, CancellationToken ct = default);
    Task<IReadOnlyList<ClaimTaskDto>> GetTasksAsync(CancellationToken ct = default);
}
