
namespace RobotPlan.SubsidyPrograms;

public interface ISubsidyProgramRepository
{
    Task<SubsidyProgram?> FindAsync(Guid id, CancellationToken ct = default);
    Task<bool> ExistsAsync(int year, SubsidyKind kind, CancellationToken ct = default);
    Task<SubsidyProgram?> FindLatestAsync(SubsidyKind kind, CancellationToken ct = default);
    Task<List<SubsidyProgram>> GetByIdsAsync(IReadOnlyCollection<Guid> ids, CancellationToken ct = default);
    Task<List<SubsidyProgram>> GetListAsync(int? year, SubsidyKind? kind, CancellationToken ct = default);
    Task AddAsync(SubsidyProgram program, CancellationToken ct = default);
}
