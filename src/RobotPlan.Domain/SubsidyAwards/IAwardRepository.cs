namespace RobotPlan.SubsidyAwards;

public interface IAwardRepository
{
    Task<Award?> FindAsync(Guid id, CancellationToken ct = default);
    Task<Award?> FindByClaimAsync(Guid claimId, CancellationToken ct = default);
    /// <summary>A programme's awards (approved and later), oldest first, read-only, for the export.</summary>
    Task<List<Award>> GetOfProgramAsync(Guid programId, CancellationToken ct = default);
    Task AddAsync(Award award, CancellationToken ct = default);
}
