namespace RobotPlan.EntityFrameworkCore.FirstUnitInsurance;

internal sealed class InsurancePolicyRepository(RobotPlanDbContext db) : IInsurancePolicyRepository
{
    public Task<InsurancePolicy?> FindAsync(Guid id, CancellationToken ct) => db.InsurancePolicies.FirstOrDefaultAsync(p => p.Id == id, ct);

    public Task<bool> PolicyNumberExistsAsync(string insurer, string policyNumber, CancellationToken ct) =>
        db.InsurancePolicies.IgnoreQueryFilters().AnyAsync(p => p.Insurer == insurer && p.PolicyNumber == policyNumber, ct);

    public async Task<(int TotalCount, List<InsurancePolicy> Items)> GetPageAsync(Guid? enterpriseId, int skipCount, int maxResultCount,
        CancellationToken ct)
    {
        var query = db.InsurancePolicies.AsNoTracking().Where(p => enterpriseId == null || p.EnterpriseId == enterpriseId);
        var total = await query.CountAsync(ct);
        var items = await query.OrderByDescending(p => p.PeriodStart).Skip(skipCount).Take(maxResultCount).ToListAsync(ct);
        return (total, items);
    }

    public async Task AddAsync(InsurancePolicy policy, CancellationToken ct) => await db.InsurancePolicies.AddAsync(policy, ct);
}
