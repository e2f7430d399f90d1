using System.Linq.Expressions;
using Microsoft.EntityFrameworkCore;
using RobotPlan.CatalogListings;

namespace RobotPlan.EntityFrameworkCore.CatalogListings;

internal sealed class CatalogListingRepository(RobotPlanDbContext db) : ICatalogListingRepository
{
    private static readonly Dictionary<string, Expression<Func<CatalogListing, object?>>> SortFields = new(StringComparer.OrdinalIgnoreCase)
    {
        ["number"] = l => l.Number,
        ["validFrom"] = l => l.ValidFrom,
        ["validTo"] = l => l.ValidTo,
        ["status"] = l => l.Status,
    };

    private DbSet<CatalogListing> Listings => db.Set<CatalogListing>();

    public Task<CatalogListing?> FindAsync(Guid id, CancellationToken ct) =>
        Listings.Include(l => l.History).FirstOrDefaultAsync(l => l.Id == id, ct);

    public Task<CatalogListing?> FindByNumberAsync(string number, CancellationToken ct) =>
        Listings.Include(l => l.History).FirstOrDefaultAsync(l => l.Number == number, ct);

    public Task<(int TotalCount, List<CatalogListing> Items)> GetPageAsync(CatalogListingFilter filter, CancellationToken ct)
    {
        var query = Listings.AsNoTracking();
        if (!string.IsNullOrWhiteSpace(filter.Number)) query = query.Where(l => l.Number.Contains(filter.Number.Trim().ToUpper()));
        if (filter.Catalog is { } catalog) query = query.Where(l => l.Catalog == catalog);
        if (filter.Status is { } status) query = query.Where(l => l.Status == status);
        if (filter.EnterpriseId is { } enterpriseId) query = query.Where(l => l.EnterpriseId == enterpriseId);
        return query.ToPageAsync(filter.Sorting, SortFields, l => l.Number, filter.SkipCount, filter.MaxResultCount, ct);
    }

    public Task<List<CatalogListing>> GetDueForExpiryAsync(DateOnly today, int max, CancellationToken ct) =>
        Listings.Include(l => l.History)
            .Where(l => (l.Status == CatalogListingStatus.Active || l.Status == CatalogListingStatus.Suspended) && l.ValidTo <= today)
            .OrderBy(l => l.ValidTo).Take(max).ToListAsync(ct);

    public Task<List<CatalogListing>> GetDueForWarningAsync(DateOnly today, DateOnly warnUntil, int max, CancellationToken ct) =>
        Listings.Where(l => l.Status == CatalogListingStatus.Active && l.ExpiryWarningSentAt == null && l.ValidTo > today && l.ValidTo <= warnUntil)
            .OrderBy(l => l.ValidTo).Take(max).ToListAsync(ct);

    public IAsyncEnumerable<CatalogListing> StreamPublishedAsync(CatalogKind catalog, int year, CancellationToken ct) =>
        Listings.AsNoTracking().Where(l => l.Catalog == catalog && l.Year == year).OrderBy(l => l.Sequence).AsAsyncEnumerable();

    public async Task<int> NextSequenceAsync(CatalogKind catalog, int year, CancellationToken ct)
    {
        if (db.Database.CurrentTransaction is null)
            throw new InvalidOperationException("Listing numbers are taken inside the publishing transaction (R-16 gap-free).");
        // One statement on both providers: creates the year's row or increments it, keeping its write lock until commit.
        var numbers = await db.Database.SqlQuery<int>($"""
            INSERT INTO "CatalogListingCounters" ("Catalog", "Year", "LastSequence") VALUES ({(int)catalog}, {year}, 1)
            ON CONFLICT ("Catalog", "Year") DO UPDATE SET "LastSequence" = "CatalogListingCounters"."LastSequence" + 1
            RETURNING "LastSequence" AS "Value"
            """).ToListAsync(ct);
        return numbers.Single();
    }

    public async Task AddAsync(CatalogListing listing, CancellationToken ct) => await Listings.AddAsync(listing, ct);

    public Task<bool> ExistsForApplicationAsync(Guid applicationId, CancellationToken ct) =>
        Listings.IgnoreQueryFilters().AnyAsync(l => l.ApplicationId == applicationId, ct);
}
