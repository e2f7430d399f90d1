using System.Linq.Expressions;
using Microsoft.EntityFrameworkCore;
using RobotPlan.Enterprises;

namespace RobotPlan.EntityFrameworkCore.Enterprises;

internal sealed class EnterpriseRepository(RobotPlanDbContext db) : IEnterpriseRepository
{
    private static readonly Dictionary<string, Expression<Func<Enterprise, object?>>> SortFields = new(StringComparer.OrdinalIgnoreCase)
    {
        ["legalName"] = e => e.LegalName,
        ["uscc"] = e => e.Uscc,
        ["creationTime"] = e => e.CreationTime,
    };

    public Task<Enterprise?> FindAsync(Guid id, CancellationToken ct) => db.Enterprises.FirstOrDefaultAsync(e => e.Id == id, ct);

    public Task<Enterprise?> FindByUsccAsync(string uscc, CancellationToken ct) => db.Enterprises.FirstOrDefaultAsync(e => e.Uscc == uscc, ct);

    // Soft-deleted enterprises keep their USCC: a USCC is never reused.
    public Task<bool> UsccExistsAsync(string uscc, CancellationToken ct) =>
        db.Enterprises.IgnoreQueryFilters().AnyAsync(e => e.Uscc == uscc, ct);

    public Task<(int TotalCount, List<Enterprise> Items)> GetPageAsync(EnterpriseFilter filter, CancellationToken ct)
    {
        var query = db.Enterprises.AsNoTracking();
        if (filter.JurisdictionId is { } jurisdiction) query = query.Where(e => e.JurisdictionId == jurisdiction);
        if (filter.VerificationStatus is { } status) query = query.Where(e => e.VerificationStatus == status);
        if (!string.IsNullOrWhiteSpace(filter.Keyword))
        {
            var keyword = filter.Keyword.Trim();
            query = query.Where(e => e.LegalName.Contains(keyword) || e.Uscc.Contains(keyword));
        }
        return query.ToPageAsync(filter.Sorting, SortFields, e => e.LegalName, filter.SkipCount, filter.MaxResultCount, ct);
    }

    public Task<Dictionary<Guid, string>> GetLegalNamesAsync(IReadOnlyCollection<Guid> ids, CancellationToken ct) =>
        db.Enterprises.IgnoreQueryFilters().Where(e => ids.Contains(e.Id)).ToDictionaryAsync(e => e.Id, e => e.LegalName, ct);

    public async Task AddAsync(Enterprise enterprise, CancellationToken ct) => await db.Enterprises.AddAsync(enterprise, ct);

    public Task<bool> HasCrossRegionExemptionAsync(string uscc, CancellationToken ct) =>
        db.CrossRegionExemptions.AnyAsync(x => x.Uscc == uscc, ct);

    public async Task AddExemptionAsync(CrossRegionExemption exemption, CancellationToken ct) =>
        await db.CrossRegionExemptions.AddAsync(exemption, ct);

    public Task<bool> IsVerifiedAsync(Guid id, CancellationToken ct) =>
        db.Enterprises.AnyAsync(e => e.Id == id && e.VerificationStatus == EnterpriseVerificationStatus.Verified, ct);
}

internal sealed class UsccDisputeRepository(RobotPlanDbContext db) : IUsccDisputeRepository
{
    public Task<UsccDispute?> FindAsync(Guid id, CancellationToken ct) => db.UsccDisputes.FirstOrDefaultAsync(d => d.Id == id, ct);

    public Task<bool> HasOpenAsync(string uscc, CancellationToken ct) =>
        db.UsccDisputes.AnyAsync(d => d.Uscc == uscc && d.Status == UsccDisputeStatus.Open, ct);

    public async Task<(int TotalCount, List<UsccDispute> Items)> GetPageAsync(UsccDisputeStatus? status, int skipCount, int maxResultCount,
        CancellationToken ct)
    {
        var query = db.UsccDisputes.AsNoTracking();
        if (status is { } s) query = query.Where(d => d.Status == s);
        return (await query.CountAsync(ct), await query.OrderByDescending(d => d.CreationTime).ThenBy(d => d.Id)
            .Skip(skipCount).Take(maxResultCount).ToListAsync(ct));
    }

    public Task<List<UsccDispute>> GetByClaimantAsync(Guid userId, CancellationToken ct) =>
        db.UsccDisputes.AsNoTracking().Where(d => d.ClaimantUserId == userId).OrderByDescending(d => d.CreationTime).ToListAsync(ct);

    public async Task AddAsync(UsccDispute dispute, CancellationToken ct) => await db.UsccDisputes.AddAsync(dispute, ct);
}
