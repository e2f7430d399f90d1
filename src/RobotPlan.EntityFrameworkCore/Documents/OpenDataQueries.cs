using Microsoft.EntityFrameworkCore;
using RobotPlan.CatalogListings;
using RobotPlan.Documents;
using RobotPlan.Enterprises;

namespace RobotPlan.EntityFrameworkCore.Documents;

internal sealed class OpenDataQueries(RobotPlanDbContext db) : IOpenDataQueries
{
    public async Task<OpenDataStamp> GetStampAsync(OpenDataFilter filter, CancellationToken ct)
    {
        var stamp = await Filtered(filter).GroupBy(_ => 1)
            .Select(g => new { Count = g.Count(), Last = g.Max(l => l.LastModificationTime ?? l.CreationTime) })
            .FirstOrDefaultAsync(ct);
        return stamp is null ? new OpenDataStamp(0, null) : new OpenDataStamp(stamp.Count, stamp.Last);
    }

    public IAsyncEnumerable<OpenDataRow> StreamAsync(OpenDataFilter filter, CancellationToken ct) =>
        (from l in Filtered(filter)
         join e in db.Set<Enterprise>().IgnoreQueryFilters() on l.EnterpriseId equals e.Id into owners
         from e in owners.DefaultIfEmpty()
         orderby l.Catalog, l.Year, l.Sequence
         select new OpenDataRow(l.Number, l.Catalog, l.Year, l.ProductName, l.ProductModel, l.CategoryCode, l.EnterpriseName, e!.Uscc,
             l.JurisdictionId, l.ValidFrom, l.ValidTo, l.Status))
        .AsNoTracking().AsAsyncEnumerable();

    private IQueryable<CatalogListing> Filtered(OpenDataFilter filter)
    {
        var query = db.Set<CatalogListing>().AsQueryable();
        if (filter.Catalog is { } catalog) query = query.Where(l => l.Catalog == catalog);
        if (filter.Year is { } year) query = query.Where(l => l.Year == year);
        if (filter.ActiveOn is { } day)
            query = query.Where(l => l.Status == CatalogListingStatus.Active && l.ValidFrom <= day && day < l.ValidTo);
        return query;
    }
}
