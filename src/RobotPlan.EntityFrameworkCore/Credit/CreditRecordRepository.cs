namespace RobotPlan.EntityFrameworkCore.Credit;

internal sealed class CreditRecordRepository(RobotPlanDbContext db) : ICreditRecordRepository
{
    private DbSet<CreditRecord> Records => db.Set<CreditRecord>();

    public Task<CreditRecord?> FindAsync(Guid id, CancellationToken ct) => Records.FirstOrDefaultAsync(r => r.Id == id, ct);

    public async Task<(int TotalCount, List<CreditRecord> Items)> GetPageAsync(CreditRecordFilter filter, CancellationToken ct)
    {
        var query = Filter(Records.AsNoTracking(), filter);
        var total = await query.CountAsync(ct);
        var items = await query.OrderByDescending(r => r.EffectiveFrom).ThenByDescending(r => r.Id)
            .Skip(filter.SkipCount).Take(filter.MaxResultCount).ToListAsync(ct);
        return (total, items);
    }

    public Task<List<CreditRecord>> GetDueAsync(DateOnly today, int max, CancellationToken ct) =>
        Records.Where(r => (r.State == CreditRecordState.Pending && r.EffectiveFrom <= today)
                           || (r.State != CreditRecordState.Ended && r.EffectiveTo != null && r.EffectiveTo <= today))
            .OrderBy(r => r.EffectiveFrom).ThenBy(r => r.Id).Take(max).ToListAsync(ct);

    public Task<bool> ExistsAsync(CreditSubjectKind subjectKind, Guid subjectId, CreditRecordKind kind, string documentNumber, CancellationToken ct) =>
        Records.AnyAsync(r => r.SubjectKind == subjectKind && r.SubjectId == subjectId && r.Kind == kind && r.DocumentNumber == documentNumber, ct);

    public IAsyncEnumerable<CreditRecord> StreamAsync(CreditRecordFilter filter, CancellationToken ct) =>
        Filter(Records.AsNoTracking(), filter).OrderBy(r => r.EffectiveFrom).ThenBy(r => r.Id).AsAsyncEnumerable();

    public async Task AddAsync(CreditRecord record, CancellationToken ct) => await Records.AddAsync(record, ct);

    private static IQueryable<CreditRecord> Filter(IQueryable<CreditRecord> query, CreditRecordFilter f)
    {
        if (f.PublicOnly) query = query.Where(r => r.Kind == CreditRecordKind.SeriousDishonesty && r.State == CreditRecordState.InForce);
        if (f.SubjectKind is { } sk) query = query.Where(r => r.SubjectKind == sk);
        if (f.SubjectId is { } sid) query = query.Where(r => r.SubjectId == sid);
        if (f.Kind is { } kind) query = query.Where(r => r.Kind == kind);
        if (f.State is { } state) query = query.Where(r => r.State == state);
        if (f.ConcerningEnterpriseId is { } eid)
            query = query.Where(r => (r.SubjectKind == CreditSubjectKind.Enterprise && r.SubjectId == eid) || r.SubjectEnterpriseId == eid);
        if (!string.IsNullOrWhiteSpace(f.Keyword))
        {
            var k = f.Keyword.Trim();
            query = query.Where(r => r.SubjectName.Contains(k) || r.DocumentNumber.Contains(k) || r.SubjectUscc == k.ToUpper());
        }
        return query;
    }
}
