namespace RobotPlan.Credit;

/// <summary>
/// R-61 as the rest of the system asks it: is this subject blacklisted (a serious-dishonesty record in force)? Catalog
/// eligibility, listing, test-report evidence and payouts (through <see cref="IEnterpriseCreditLookup"/>) ask here, so the
/// effects start and end with the record's state, with nothing to undo when it ends.
/// </summary>
public interface ICreditStanding : IEnterpriseCreditLookup
{
    Task<bool> IsBlacklistedAsync(CreditSubjectKind kind, Guid subjectId, CancellationToken ct = default);
    /// <summary>Of the given bodies, those blacklisted now (their reports stop counting as evidence).</summary>
    Task<IReadOnlySet<Guid>> BlacklistedTestingBodiesAsync(IEnumerable<Guid> testingBodyIds, CancellationToken ct = default);
    /// <summary>The blacklist records in force about the subject (the reason and document a refusal cites).</summary>
    Task<List<CreditRecord>> GetBlacklistInForceAsync(CreditSubjectKind kind, Guid subjectId, CancellationToken ct = default);
}
