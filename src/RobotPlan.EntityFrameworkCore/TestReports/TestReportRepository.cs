namespace RobotPlan.EntityFrameworkCore.TestReports;

internal sealed class TestReportRepository(RobotPlanDbContext db) : ITestReportRepository
{
    private static readonly Dictionary<string, Expression<Func<TestReport, object?>>> SortFields = new(StringComparer.OrdinalIgnoreCase)
    {
        ["number"] = r => r.Number,
        ["issuedOn"] = r => r.IssuedOn,
        ["status"] = r => r.Status,
    };

    public Task<TestReport?> FindAsync(Guid id, CancellationToken ct) => db.TestReports.FirstOrDefaultAsync(r => r.Id == id, ct);

    public Task<bool> NumberExistsAsync(Guid testingBodyId, string number, CancellationToken ct) =>
        db.TestReports.IgnoreQueryFilters().AnyAsync(r => r.TestingBodyId == testingBodyId && r.Number == number, ct);

    public Task<bool> FileExistsAsync(string sha256, CancellationToken ct) =>
        db.TestReports.IgnoreQueryFilters().AnyAsync(r => db.StoredFiles.Any(f => f.Id == r.FileId && f.Sha256 == sha256), ct);

    public Task<(int TotalCount, List<TestReport> Items)> GetPageAsync(TestReportFilter filter, CancellationToken ct)
    {
        var query = db.TestReports.AsNoTracking();
        if (filter.ProductId is { } productId) query = query.Where(r => r.ProductId == productId);
        if (filter.EnterpriseId is { } enterpriseId) query = query.Where(r => r.EnterpriseId == enterpriseId);
        if (filter.TestingBodyId is { } bodyId) query = query.Where(r => r.TestingBodyId == bodyId);
        if (filter.Status is { } status) query = query.Where(r => r.Status == status);
        if (filter.JurisdictionId is { } jurisdiction)
            query = query.Where(r => db.Enterprises.Any(e => e.Id == r.EnterpriseId && e.JurisdictionId == jurisdiction));
        return query.ToPageAsync(filter.Sorting, SortFields, r => r.IssuedOn, filter.SkipCount, filter.MaxResultCount, ct);
    }

    public Task<List<TestReport>> GetDueForExpiryAsync(DateOnly today, int max, CancellationToken ct) =>
        db.TestReports
            .Where(r => r.Status == TestReportStatus.Valid && r.ExpiresOn != null && r.ExpiresOn <= today)
            .OrderBy(r => r.ExpiresOn)
            .Take(max)
            .ToListAsync(ct);

    public Task<List<TestReport>> GetByProductAsync(Guid productId, CancellationToken ct) =>
        db.TestReports.AsNoTracking().Where(r => r.ProductId == productId).ToListAsync(ct);

    public async Task AddAsync(TestReport report, CancellationToken ct) => await db.TestReports.AddAsync(report, ct);
}
