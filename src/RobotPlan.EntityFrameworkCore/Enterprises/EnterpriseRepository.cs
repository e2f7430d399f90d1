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
}
