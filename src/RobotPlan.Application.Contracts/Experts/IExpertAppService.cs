namespace RobotPlan.Experts;

/// <summary>Expert profiles, kept by administrators and municipal reviewers.</summary>
public interface IExpertAppService
{
    Task<IReadOnlyList<ExpertProfileDto>> GetListAsync(CancellationToken ct = default);
    Task<ExpertProfileDto> GetAsync(Guid id, CancellationToken ct = default);
    /// <summary>The user must have the expert role; one profile per user.</summary>
    Task<ExpertProfileDto> CreateAsync(CreateExpertProfileDto input, CancellationToken ct = default);
    Task<ExpertProfileDto> UpdateAsync(Guid id, UpdateExpertProfileDto input, CancellationToken ct = default);
}
