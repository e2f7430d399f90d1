using RobotPlan.CatalogListings;
using Microsoft.EntityFrameworkCore;
using RobotPlan.Credit;

namespace RobotPlan.EntityFrameworkCore.Credit;

internal sealed class CreditEffectQueries(RobotPlanDbContext db) : ICreditEffectQueries
{
    public Task<List<CatalogListing>> GetActiveListingsAsync(CreditSubjectKind kind, Guid subjectId, CancellationToken ct)
    {
        var active = db.Set<CatalogListing>().Include(l => l.History).Where(l => l.Status == CatalogListingStatus.Active);
        return kind switch
        {
            CreditSubjectKind.Enterprise => active.Where(l => l.EnterpriseId == subjectId).ToListAsync(ct),
            CreditSubjectKind.Product => active.Where(l => l.ProductId == subjectId).ToListAsync(ct),
            _ => Task.FromResult(new List<CatalogListing>()),
        };
    }
}
