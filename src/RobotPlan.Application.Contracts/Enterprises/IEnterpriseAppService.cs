namespace RobotPlan.Enterprises;

public interface IEnterpriseAppService
{
    /// <summary>Enterprises the caller may see: district reviewers only their jurisdiction's.</summary>
    Task<PagedResultDto<EnterpriseDto>> GetListAsync(GetEnterprisesInput input, CancellationToken ct = default);

    Task<EnterpriseDto> GetAsync(Guid id, CancellationToken ct = default);

    /// <summary>The enterprise the signed-in enterprise user belongs to.</summary>
    Task<EnterpriseDto> GetMineAsync(CancellationToken ct = default);

    Task<EnterpriseDto> UpdateAsync(Guid id, UpdateEnterpriseDto input, CancellationToken ct = default);

    /// <summary>R-2: an administrator lets an enterprise registered outside Chongqing apply.</summary>
    Task<CrossRegionExemptionDto> GrantCrossRegionExemptionAsync(GrantCrossRegionExemptionDto input, CancellationToken ct = default);
}
