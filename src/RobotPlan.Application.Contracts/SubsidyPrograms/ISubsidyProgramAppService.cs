
namespace RobotPlan.SubsidyPrograms;

public interface ISubsidyProgramAppService
{
    Task<IReadOnlyList<SubsidyProgramDto>> GetListAsync(int? year, SubsidyKind? kind, CancellationToken ct = default);
    /// <summary>The API's list, paged like every other (newest year first).</summary>
    Task<RobotPlan.Dtos.PagedResultDto<SubsidyProgramDto>> GetPageAsync(GetSubsidyProgramsInput input, CancellationToken ct = default);
    Task<SubsidyProgramDto> GetAsync(Guid id, CancellationToken ct = default);
    Task<SubsidyProgramDto> CreateAsync(CreateSubsidyProgramDto input, CancellationToken ct = default);
    Task<SubsidyProgramDto> UpdateAsync(Guid id, UpdateSubsidyProgramDto input, CancellationToken ct = default);
    /// <summary>Makes a new parameter version; earlier decisions keep the version they used.</summary>
    Task<SubsidyProgramDto> ChangeParametersAsync(Guid id, ChangeSubsidyParametersDto input, CancellationToken ct = default);
    /// <summary>Anonymous estimator: the same calculator the decisions use, with the latest programme's parameters.</summary>
    Task<SubsidyEstimateDto> EstimateAsync(SubsidyEstimateInput input, CancellationToken ct = default);
}

public sealed class GetSubsidyProgramsInput : RobotPlan.Dtos.PagedAndSortedResultRequestDto
{
    [System.ComponentModel.DataAnnotations.Range(2000, 2100)]
    public int? Year { get; set; }
    public SubsidyKind? Kind { get; set; }
}
