namespace RobotPlan.ExpertPanels;

public interface IExpertPanelAppService
{
    /// <summary>R-14: a municipal reviewer draws the panel of a file in ExpertReview.</summary>
    Task<ExpertPanelDto> DrawAsync(DrawExpertPanelDto input, CancellationToken ct = default);
    /// <summary>Municipal reviewers see every panel; an expert only panels they sit on (others: 404).</summary>
    Task<ExpertPanelDto> GetAsync(Guid id, CancellationToken ct = default);
    Task<ExpertPanelDto> GetByApplicationAsync(Guid applicationId, CancellationToken ct = default);
    Task<PanelVerificationDto> VerifyAsync(Guid id, CancellationToken ct = default);
    /// <summary>The panels the calling expert sits on.</summary>
    Task<IReadOnlyList<ExpertPanelDto>> GetMyAssignmentsAsync(CancellationToken ct = default);
    Task<ExpertPanelDto> DeclareNoConflictAsync(Guid id, CancellationToken ct = default);
    Task<ExpertPanelDto> RecuseAsync(Guid id, RecuseDto input, CancellationToken ct = default);
    /// <summary>The last required score completes the review: the file passes or is rejected .</summary>
    Task<ExpertPanelDto> ScoreAsync(Guid id, ScoreDto input, CancellationToken ct = default);
}
