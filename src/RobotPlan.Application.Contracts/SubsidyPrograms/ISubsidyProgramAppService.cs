
namespace RobotPlan.SubsidyPrograms;

public interface ISubsidyProgramAppService
{
    Task<IReadOnlyList<SubsidyProgramDto>> GetListAsync(int? year, SubsidyKind? kind, CancellationToken ct = default);
    Task<SubsidyProgramDto> GetAsync(Guid id, CancellationToken ct = default);
    Task<SubsidyProgramDto> CreateAsync(CreateSubsidyProgramDto input, CancellationToken ct = default);
    Task<SubsidyProgramDto> UpdateAsync(Guid id, UpdateSubsidyProgramDto input, CancellationToken ct = default);
    /// <summary>Makes a new parameter version; earlier decisions keep the version they used.</summary>
    Task<SubsidyProgramDto> ChangeParametersAsync(Guid id, ChangeSubsidyParametersDto input, CancellationToken ct = default);
    /// <summary>Anonymous estimator: the same calculator the decisions use, with the latest programme's parameters.</summary>
    Task<SubsidyEstimateDto> EstimateAsync(SubsidyEstimateInput input, CancellationToken ct = default);
}
