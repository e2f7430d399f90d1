using RobotPlan.Timing;

namespace RobotPlan.EntityFrameworkCore.Credit;

/// <summary>
/// R-61 from the credit records. "Blacklisted now" is a serious-dishonesty record InForce — the state the job and the
/// reviewers' acts keep, so the lookups flip in the same save that suspends the listings. For another date it is a
/// record that took effect and whose period covers that date.
/// </summary>
internal sealed class CreditStanding(RobotPlanDbContext db, TimeProvider clock) : ICreditStanding
{
    private IQueryable<CreditRecord> Blacklist => db.Set<CreditRecord>().AsNoTracking().Where(r => r.Kind == CreditRecordKind.SeriousDishonesty);

    public Task<bool> IsBlacklistedAsync(Guid enterpriseId, DateOnly on, CancellationToken ct) =>
        On(Blacklist.Where(r => r.SubjectKind == CreditSubjectKind.Enterprise && r.SubjectId == enterpriseId), on).AnyAsync(ct);

    public Task<bool> IsBlacklistedAsync(CreditSubjectKind kind, Guid subjectId, CancellationToken ct) =>
        Blacklist.AnyAsync(r => r.SubjectKind == kind && r.SubjectId == subjectId && r.State == CreditRecordState.InForce, ct);

    public async Task<IReadOnlySet<Guid>> BlacklistedTestingBodiesAsync(IEnumerable<Guid> testingBodyIds, CancellationToken ct)
    {
        var ids = testingBodyIds.Distinct().ToList();
        if (ids.Count == 0) return new HashSet<Guid>();
        var found = await Blacklist.Where(r => r.SubjectKind == CreditSubjectKind.TestingBody && r.State == CreditRecordState.InForce
                                               && ids.Contains(r.SubjectId))
            .Select(r => r.SubjectId).Distinct().ToListAsync(ct);
        return found.ToHashSet();
    }

    public Task<List<CreditRecord>> GetBlacklistInForceAsync(CreditSubjectKind kind, Guid subjectId, CancellationToken ct) =>
        Blacklist.Where(r => r.SubjectKind == kind && r.SubjectId == subjectId && r.State == CreditRecordState.InForce)
            .OrderBy(r => r.EffectiveFrom).ToListAsync(ct);

    private IQueryable<CreditRecord> On(IQueryable<CreditRecord> query, DateOnly on) => on == clock.Today()
        ? query.Where(r => r.State == CreditRecordState.InForce)
        : query.Where(r => r.StartedAt != null && r.EffectiveFrom <= on && (r.EffectiveTo == null || on < r.EffectiveTo));
}
