using Microsoft.EntityFrameworkCore;
using RobotPlan.SubsidyAwards;

namespace RobotPlan.EntityFrameworkCore.SubsidyAwards;

internal sealed class AwardRepository(RobotPlanDbContext db) : IAwardRepository
{
    public Task<Award?> FindAsync(Guid id, CancellationToken ct) => db.Awards.FirstOrDefaultAsync(a => a.Id == id, ct);

    public Task<Award?> FindByClaimAsync(Guid claimId, CancellationToken ct) => db.Awards.FirstOrDefaultAsync(a => a.ClaimId == claimId, ct);

    public Task<List<Award>> GetOfProgramAsync(Guid programId, CancellationToken ct) =>
        db.Awards.AsNoTracking().Where(a => a.ProgramId == programId).OrderBy(a => a.ApprovedAtUtc).ThenBy(a => a.Id).ToListAsync(ct);

    public async Task AddAsync(Award award, CancellationToken ct) => await db.Awards.AddAsync(award, ct);
}
