using Microsoft.EntityFrameworkCore;
using RobotPlan.SubsidyPrograms;

namespace RobotPlan.EntityFrameworkCore.SubsidyPrograms;

internal sealed class SubsidyProgramRepository(RobotPlanDbContext db) : ISubsidyProgramRepository
{
    public Task<SubsidyProgram?> FindAsync(Guid id, CancellationToken ct) => db.SubsidyPrograms.FirstOrDefaultAsync(p => p.Id == id, ct);

    public Task<bool> ExistsAsync(int year, SubsidyKind kind, CancellationToken ct) =>
        db.SubsidyPrograms.IgnoreQueryFilters().AnyAsync(p => p.Year == year && p.Kind == kind, ct);

    public Task<SubsidyProgram?> FindLatestAsync(SubsidyKind kind, CancellationToken ct) =>
        db.SubsidyPrograms.Where(p => p.Kind == kind).OrderByDescending(p => p.Year).FirstOrDefaultAsync(ct);

    public Task<List<SubsidyProgram>> GetByIdsAsync(IReadOnlyCollection<Guid> ids, CancellationToken ct) =>
        db.SubsidyPrograms.AsNoTracking().Where(p => ids.Contains(p.Id)).ToListAsync(ct);

    public Task<List<SubsidyProgram>> GetListAsync(int? year, SubsidyKind? kind, CancellationToken ct) =>
        db.SubsidyPrograms.AsNoTracking()
            .Where(p => year == null || p.Year == year)
            .Where(p => kind == null || p.Kind == kind)
            .OrderByDescending(p => p.Year).ThenBy(p => p.Kind)
            .ToListAsync(ct);

    public async Task AddAsync(SubsidyProgram program, CancellationToken ct) => await db.SubsidyPrograms.AddAsync(program, ct);
}
