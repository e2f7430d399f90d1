namespace RobotPlan.Experts;

public interface IExpertProfileRepository
{
    Task<ExpertProfile?> FindAsync(Guid id, CancellationToken ct = default);
    Task<ExpertProfile?> FindByUserAsync(Guid userId, CancellationToken ct = default);
    Task<List<ExpertProfile>> GetByUsersAsync(IReadOnlyCollection<Guid> userIds, CancellationToken ct = default);
    /// <summary>Every profile, ordered by user id: the expert pool is small (tens to hundreds).</summary>
    Task<List<ExpertProfile>> GetAllAsync(CancellationToken ct = default);
    Task AddAsync(ExpertProfile profile, CancellationToken ct = default);
}
