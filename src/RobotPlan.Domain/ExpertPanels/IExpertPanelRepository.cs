namespace RobotPlan.ExpertPanels;

public interface IExpertPanelRepository
{
    /// <summary>With its members.</summary>
    Task<ExpertPanel?> FindAsync(Guid id, CancellationToken ct = default);
    Task<ExpertPanel?> FindByApplicationAsync(Guid applicationId, CancellationToken ct = default);
    /// <summary>Panels the expert is an active (not recused) member of, newest first.</summary>
    Task<List<ExpertPanel>> GetForExpertAsync(Guid expertUserId, CancellationToken ct = default);
    Task AddAsync(ExpertPanel panel, CancellationToken ct = default);
}
