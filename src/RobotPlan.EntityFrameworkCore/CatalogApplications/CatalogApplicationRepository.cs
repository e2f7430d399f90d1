using System.Linq.Expressions;
using Microsoft.EntityFrameworkCore;
using RobotPlan.CatalogApplications;
using RobotPlan.CatalogListings;

namespace RobotPlan.EntityFrameworkCore.CatalogApplications;

internal sealed class CatalogApplicationRepository(RobotPlanDbContext db) : ICatalogApplicationRepository
{
    private static readonly CatalogApplicationStatus[] Closed =
        [CatalogApplicationStatus.Listed, CatalogApplicationStatus.Rejected, CatalogApplicationStatus.Withdrawn];

    private static readonly Dictionary<string, Expression<Func<CatalogApplication, object?>>> SortFields = new(StringComparer.OrdinalIgnoreCase)
    {
        ["creationTime"] = a => a.CreationTime,
        ["statusChangedAt"] = a => a.StatusChangedAt,
        ["status"] = a => a.Status,
    };

    public Task<CatalogApplication?> FindAsync(Guid id, CancellationToken ct) =>
        db.CatalogApplications.FirstOrDefaultAsync(a => a.Id == id, ct);

    public Task<bool> HasOtherOpenApplicationAsync(Guid productId, CatalogKind catalog, Guid? exceptId, CancellationToken ct) =>
        db.CatalogApplications.AnyAsync(a => a.ProductId == productId && a.Catalog == catalog && !Closed.Contains(a.Status)
            && (exceptId == null || a.Id != exceptId), ct);

    public Task<(int TotalCount, List<CatalogApplication> Items)> GetPageAsync(CatalogApplicationFilter filter, CancellationToken ct)
    {
        var query = Scoped(filter.EnterpriseId, filter.JurisdictionId);
        if (filter.BatchId is { } batchId) query = query.Where(a => a.BatchId == batchId);
        if (filter.Catalog is { } catalog) query = query.Where(a => a.Catalog == catalog);
        if (filter.Status is { } status) query = query.Where(a => a.Status == status);
        if (filter.ProductId is { } productId) query = query.Where(a => a.ProductId == productId);
        return query.ToPageAsync(filter.Sorting ?? "creationTime desc", SortFields, a => a.CreationTime, filter.SkipCount,
            filter.MaxResultCount, ct);
    }

    public Task<List<CatalogApplication>> GetWaitingAsync(IReadOnlyCollection<CatalogApplicationStatus> statuses, Guid? jurisdictionId,
        int max, CancellationToken ct) =>
        Scoped(null, jurisdictionId).Where(a => statuses.Contains(a.Status)).OrderBy(a => a.StatusChangedAt).Take(max).ToListAsync(ct);

    public async Task<Dictionary<CatalogApplicationStatus, int>> CountByStatusAsync(Guid batchId, CancellationToken ct) =>
        await db.CatalogApplications.Where(a => a.BatchId == batchId).GroupBy(a => a.Status)
            .Select(g => new { g.Key, Count = g.Count() }).ToDictionaryAsync(g => g.Key, g => g.Count, ct);

    public async Task AddAsync(CatalogApplication application, CancellationToken ct) => await db.CatalogApplications.AddAsync(application, ct);

    // Lists leave the history out: it is shown on the file's own page.
    private IQueryable<CatalogApplication> Scoped(Guid? enterpriseId, Guid? jurisdictionId)
    {
        var query = db.CatalogApplications.AsNoTracking().IgnoreAutoIncludes();
        if (enterpriseId is { } e) query = query.Where(a => a.EnterpriseId == e);
        if (jurisdictionId is { } j) query = query.Where(a => db.Enterprises.Any(x => x.Id == a.EnterpriseId && x.JurisdictionId == j));
        return query;
    }
}
