namespace RobotPlan.EntityFrameworkCore.Experts;

internal sealed class ExpertProfileRepository(RobotPlanDbContext db) : IExpertProfileRepository
{
    public Task<ExpertProfile?> FindAsync(Guid id, CancellationToken ct) => db.ExpertProfiles.FirstOrDefaultAsync(p => p.Id == id, ct);

    public Task<ExpertProfile?> FindByUserAsync(Guid userId, CancellationToken ct) =>
        db.ExpertProfiles.FirstOrDefaultAsync(p => p.UserId == userId, ct);

    public Task<List<ExpertProfile>> GetByUsersAsync(IReadOnlyCollection<Guid> userIds, CancellationToken ct) =>
        db.ExpertProfiles.Where(p => userIds.Contains(p.UserId)).ToListAsync(ct);

    // Locked-out or deactivated users are not drawn.
    public Task<List<ExpertProfile>> GetAllAsync(CancellationToken ct) =>
        db.ExpertProfiles.Where(p => db.Users.Any(u => u.Id == p.UserId && u.IsActive)).OrderBy(p => p.UserId).ToListAsync(ct);

    public async Task AddAsync(ExpertProfile profile, CancellationToken ct) => await db.ExpertProfiles.AddAsync(profile, ct);
}
