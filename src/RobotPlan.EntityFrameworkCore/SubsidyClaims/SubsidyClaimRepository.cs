using Microsoft.EntityFrameworkCore;
using RobotPlan.CatalogListings;
using RobotPlan.FirstUnitInsurance;
using RobotPlan.PublicNotices;
using RobotPlan.SubsidyClaims;
using S = RobotPlan.SubsidyClaims.SubsidyClaimStatus;

namespace RobotPlan.EntityFrameworkCore.SubsidyClaims;

internal sealed class SubsidyClaimRepository(RobotPlanDbContext db) : ISubsidyClaimRepository
{
    private DbSet<SubsidyClaim> Claims => db.Set<SubsidyClaim>();

    public Task<SubsidyClaim?> FindAsync(Guid id, CancellationToken ct) => Claims.FirstOrDefaultAsync(c => c.Id == id, ct);

    public async Task<(int TotalCount, List<SubsidyClaim> Items)> GetPageAsync(SubsidyClaimFilter filter, CancellationToken ct)
    {
        var query = Scoped(filter.EnterpriseId, filter.JurisdictionId);
        if (filter.ProgramId is { } programId) query = query.Where(c => c.ProgramId == programId);
        if (filter.Kind is { } kind) query = query.Where(c => c.Kind == kind);
        if (filter.Status is { } status) query = query.Where(c => c.Status == status);
        var total = await query.CountAsync(ct);
        var items = await query.OrderByDescending(c => c.StatusChangedAt).ThenBy(c => c.Id).Skip(filter.SkipCount).Take(filter.MaxResultCount).ToListAsync(ct);
        return (total, items);
    }

    public Task<List<SubsidyClaim>> GetWaitingAsync(IReadOnlyCollection<S> statuses, Guid? jurisdictionId, int max, CancellationToken ct) =>
        Scoped(null, jurisdictionId).Where(c => statuses.Contains(c.Status)).OrderBy(c => c.StatusChangedAt).Take(max).ToListAsync(ct);

    public Task<List<SubsidyClaim>> GetLiveAsync(CancellationToken ct) =>
        Claims.AsNoTracking().IgnoreAutoIncludes()
            .Where(c => c.Status != S.Draft && c.Status != S.Rejected && c.Status != S.Withdrawn && c.Status != S.ClawedBack).ToListAsync(ct);

    public Task<List<Guid>> GetApprovableAsync(DateTime nowUtc, CancellationToken ct) =>
        (from notice in db.PublicNotices.AsNoTracking()
         where notice.Subject == NoticeSubject.SubsidyClaim && notice.EndsAtUtc <= nowUtc
         from entry in notice.Entries
         where !entry.IsWithdrawn
             && !notice.Objections.Any(o => o.SubjectId == entry.SubjectId && o.Status == ObjectionStatus.Open)
         join claim in Claims on entry.SubjectId equals claim.Id
         where claim.Status == S.InPublicNotice
         orderby notice.EndsAtUtc
         select claim.Id).ToListAsync(ct);

    public async Task AddAsync(SubsidyClaim claim, CancellationToken ct) => await Claims.AddAsync(claim, ct);

    // Lists leave the history out: it is shown on the claim's own page.
    private IQueryable<SubsidyClaim> Scoped(Guid? enterpriseId, Guid? jurisdictionId)
    {
        var query = Claims.AsNoTracking().IgnoreAutoIncludes();
        if (enterpriseId is { } e) query = query.Where(c => c.EnterpriseId == e);
        if (jurisdictionId is { } j) query = query.Where(c => db.Enterprises.Any(x => x.Id == c.EnterpriseId && x.JurisdictionId == j));
        return query;
    }
}

/// <summary>R-30…R-35's reads of listings and policies.</summary>
internal sealed class ClaimFactsQueries(RobotPlanDbContext db) : IClaimFactsQueries
{
    public async Task<bool> WasListedInFirstUnitCatalogAsync(Guid productId, DateOnly on, CancellationToken ct)
    {
        var listings = await db.Set<CatalogListing>().AsNoTracking().Include(l => l.History)
            .Where(l => l.ProductId == productId && l.Catalog == CatalogKind.FirstUnit && l.ValidFrom <= on && on < l.ValidTo).ToListAsync(ct);
        // The status in force that day is the last change dated on or before it (a later suspension or expiry does not reach back).
        return listings.Any(l => l.History.Where(h => h.DocumentDate <= on).OrderBy(h => h.DocumentDate).ThenBy(h => h.ChangedAt)
            .LastOrDefault()?.To == CatalogListingStatus.Active);
    }

    public async Task<List<InsurancePolicy>> GetPoliciesInsuringAsync(IReadOnlyCollection<Guid> productIds, CancellationToken ct)
    {
        // Units live in a JSON column; policies number in the hundreds a year, so they are filtered after reading.
        var all = await db.InsurancePolicies.AsNoTracking().ToListAsync(ct);
        return all.Where(p => p.Units.Any(u => productIds.Contains(u.ProductId))).ToList();
    }
}
