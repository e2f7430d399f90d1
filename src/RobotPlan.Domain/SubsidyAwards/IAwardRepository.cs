namespace RobotPlan.SubsidyAwards;

public interface IAwardRepository
{
    Task<Award?> FindAsync(Guid id, CancellationToken ct = default);
    Task<Award?> FindByClaimAsync(Guid claimId, CancellationToken ct = default);
    Task AddAsync(Award award, CancellationToken ct = default);
}
