namespace RobotPlan.EntityFrameworkCore.ExpertPanels;

internal sealed class ExpertPanelRepository(RobotPlanDbContext db) : IExpertPanelRepository
{
    public Task<ExpertPanel?> FindAsync(Guid id, CancellationToken ct) => db.ExpertPanels.FirstOrDefaultAsync(p => p.Id == id, ct);

    public Task<ExpertPanel?> FindByApplicationAsync(Guid applicationId, CancellationToken ct) =>
        db.ExpertPanels.FirstOrDefaultAsync(p => p.ApplicationId == applicationId, ct);

    public Task<List<ExpertPanel>> GetForExpertAsync(Guid expertUserId, CancellationToken ct) =>
        db.ExpertPanels
            .Where(p => p.Members.Any(m => m.ExpertUserId == expertUserId && m.Status != PanelMemberStatus.Recused))
            .OrderByDescending(p => p.DrawnAt)
            .ToListAsync(ct);

    public async Task AddAsync(ExpertPanel panel, CancellationToken ct) => await db.ExpertPanels.AddAsync(panel, ct);
}
