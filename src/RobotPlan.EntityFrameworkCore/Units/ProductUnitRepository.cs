using Microsoft.EntityFrameworkCore;
using RobotPlan.CatalogListings;
using RobotPlan.FirstUnitInsurance;
using RobotPlan.SubsidyAwards;
using RobotPlan.TestReports;
using RobotPlan.Units;

namespace RobotPlan.EntityFrameworkCore.Units;

internal sealed class ProductUnitRepository(RobotPlanDbContext db) : IProductUnitRepository, IUnitTraceQueries
{
    private DbSet<ProductUnit> Units => db.Set<ProductUnit>();

    public Task<ProductUnit?> FindAsync(Guid id, CancellationToken ct) => Units.Include(u => u.Incidents).FirstOrDefaultAsync(u => u.Id == id, ct);

    public Task<ProductUnit?> FindBySerialAsync(Guid productId, string serialNumber, CancellationToken ct) =>
        Units.Include(u => u.Incidents).FirstOrDefaultAsync(u => u.ProductId == productId && u.SerialNumber == serialNumber, ct);

    public async Task<(int TotalCount, List<ProductUnit> Items)> GetPageAsync(ProductUnitFilter f, CancellationToken ct)
    {
        var query = Units.AsNoTracking();
        if (!string.IsNullOrWhiteSpace(f.SerialNumber)) query = query.Where(u => u.SerialNumber == f.SerialNumber.Trim());
        if (f.ProductId is { } productId) query = query.Where(u => u.ProductId == productId);
        if (f.EnterpriseId is { } enterpriseId) query = query.Where(u => u.EnterpriseId == enterpriseId || (f.EnterpriseUscc != null && u.BuyerUscc == f.EnterpriseUscc));
        if (f.TestedByBodyId is { } bodyId)
            query = query.Where(u => db.Set<TestReport>().Any(r => r.ProductId == u.ProductId && r.TestingBodyId == bodyId));
        var total = await query.CountAsync(ct);
        var items = await query.Include(u => u.Incidents).OrderBy(u => u.SerialNumber).ThenBy(u => u.Id)
            .Skip(f.SkipCount).Take(f.MaxResultCount).ToListAsync(ct);
        return (total, items);
    }

    public async Task AddAsync(ProductUnit unit, CancellationToken ct) => await Units.AddAsync(unit, ct);

    public Task<List<CatalogListing>> GetListingsOfProductAsync(Guid productId, CancellationToken ct) =>
        db.Set<CatalogListing>().AsNoTracking().Include(l => l.History).Where(l => l.ProductId == productId).OrderBy(l => l.ValidFrom).ToListAsync(ct);

    public Task<List<CatalogListing>> GetActiveListingsOfProductAsync(Guid productId, CancellationToken ct) =>
        db.Set<CatalogListing>().Include(l => l.History).Where(l => l.ProductId == productId && l.Status == CatalogListingStatus.Active).ToListAsync(ct);

    public Task<List<InsurancePolicy>> GetPoliciesCoveringAsync(Guid productId, string serialNumber, CancellationToken ct) =>
        db.InsurancePolicies.AsNoTracking().Where(p => p.Units.Any(u => u.ProductId == productId && u.SerialNumber == serialNumber))
            .OrderBy(p => p.PeriodStart).ToListAsync(ct);

    public Task<List<Award>> GetAwardsOfClaimsAsync(IReadOnlyCollection<Guid> claimIds, CancellationToken ct) =>
        claimIds.Count == 0 ? Task.FromResult(new List<Award>())
            : db.Awards.AsNoTracking().Where(a => claimIds.Contains(a.ClaimId)).OrderBy(a => a.ApprovedAtUtc).ToListAsync(ct);

    public async Task<List<(Guid EnterpriseId, InsuredUnit Unit)>> GetUnregisteredInsuredUnitsAsync(int max, CancellationToken ct)
    {
        // Policies are few (one per manufacturer and year); their units are read with them and compared in memory.
        var policies = await db.InsurancePolicies.AsNoTracking().OrderBy(p => p.CreationTime).ToListAsync(ct);
        var insured = policies.SelectMany(p => p.Units.Select(u => (p.EnterpriseId, Unit: u))).ToList();
        var productIds = insured.Select(i => i.Unit.ProductId).Distinct().ToList();
        var registered = (await Units.AsNoTracking().Where(u => productIds.Contains(u.ProductId)).Select(u => new { u.ProductId, u.SerialNumber })
            .ToListAsync(ct)).Select(u => (u.ProductId, u.SerialNumber)).ToHashSet();
        return insured.Where(i => registered.Add((i.Unit.ProductId, i.Unit.SerialNumber.Trim()))).Take(max).ToList();
    }
}
