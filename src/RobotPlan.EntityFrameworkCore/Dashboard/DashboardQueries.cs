using Microsoft.EntityFrameworkCore;
using RobotPlan.CatalogListings;
using RobotPlan.CatalogApplications;
using RobotPlan.Dashboard;

namespace RobotPlan.EntityFrameworkCore.Dashboard;

internal sealed class DashboardQueries(RobotPlanDbContext db) : IDashboardQueries
{
    public async Task<List<ListingCountRow>> CountActiveListingsAsync(CancellationToken ct) =>
        (await db.Set<CatalogListing>().AsNoTracking().Where(l => l.Status == CatalogListingStatus.Active)
            .GroupBy(l => new { l.Catalog, l.CategoryCode, l.JurisdictionId })
            .Select(g => new { g.Key.Catalog, g.Key.CategoryCode, g.Key.JurisdictionId, Count = g.Count() })
            .ToListAsync(ct))
        .Select(r => new ListingCountRow(r.Catalog, r.CategoryCode, r.JurisdictionId, r.Count)).ToList();

    public async Task<Dictionary<CatalogApplicationStatus, int>> CountApplicationsByStatusAsync(CancellationToken ct) =>
        await db.CatalogApplications.AsNoTracking().GroupBy(a => a.Status).Select(g => new { g.Key, Count = g.Count() })
            .ToDictionaryAsync(x => x.Key, x => x.Count, ct);

    public IAsyncEnumerable<HistoryRow> StreamApplicationHistoryAsync(CancellationToken ct) =>
        db.CatalogApplications.AsNoTracking()
            // The two-argument SelectMany is a join (no APPLY, which SQLite lacks).
            .SelectMany(a => a.History, (a, h) => new HistoryRow(a.Id, h.Sequence, h.At, h.From, h.To))
            .AsAsyncEnumerable();
}
