using RobotPlan.Errors;
using RobotPlan.SeedWork;

namespace RobotPlan.SubsidyPrograms;

/// <summary>One programme per year and kind: the budget of a year is counted once.</summary>
public class SubsidyProgramManager(ISubsidyProgramRepository programs, TimeProvider clock)
{
    public async Task<SubsidyProgram> CreateAsync(int year, SubsidyKind kind, string title, DateTime opensAtUtc, DateTime closesAtUtc,
        decimal budget, SubsidyParameters parameters, CancellationToken ct = default)
    {
        if (await programs.ExistsAsync(year, kind, ct)) throw new BusinessException(RobotPlanErrorCodes.DuplicateProgram, "year");
        var program = new SubsidyProgram(year, kind, title, opensAtUtc, closesAtUtc, budget, parameters, clock.GetUtcNow().UtcDateTime);
        await programs.AddAsync(program, ct);
        return program;
    }
}
