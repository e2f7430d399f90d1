namespace RobotPlan.FirstUnitInsurance;

public interface IInsurancePolicyRepository
{
    Task<InsurancePolicy?> FindAsync(Guid id, CancellationToken ct = default);
    Task<bool> PolicyNumberExistsAsync(string insurer, string policyNumber, CancellationToken ct = default);
    Task<(int TotalCount, List<InsurancePolicy> Items)> GetPageAsync(Guid? enterpriseId, int skipCount, int maxResultCount, CancellationToken ct = default);
    Task AddAsync(InsurancePolicy policy, CancellationToken ct = default);
}
