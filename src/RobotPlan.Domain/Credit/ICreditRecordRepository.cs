namespace RobotPlan.Credit;

public interface ICreditRecordRepository
{
    Task<CreditRecord?> FindAsync(Guid id, CancellationToken ct = default);
    Task<(int TotalCount, List<CreditRecord> Items)> GetPageAsync(CreditRecordFilter filter, CancellationToken ct = default);
    /// <summary>Pending records whose start date has come, and InForce or Pending records whose end date has come.</summary>
    Task<List<CreditRecord>> GetDueAsync(DateOnly today, int max, CancellationToken ct = default);
    /// <summary>True when a record of that subject, kind and document number exists (a re-imported row is not added twice).</summary>
    Task<bool> ExistsAsync(CreditSubjectKind subjectKind, Guid subjectId, CreditRecordKind kind, string documentNumber, CancellationToken ct = default);
    /// <summary>Every record, oldest first, read as it is written out (export).</summary>
    IAsyncEnumerable<CreditRecord> StreamAsync(CreditRecordFilter filter, CancellationToken ct = default);
    Task AddAsync(CreditRecord record, CancellationToken ct = default);
}

/// <summary>
/// <paramref name="PublicOnly"/>: serious-dishonesty records in force (what 信用中国 publishes). <paramref name="ConcerningEnterpriseId"/>:
/// records about the enterprise or any of its products.
/// </summary>
public sealed record CreditRecordFilter(CreditSubjectKind? SubjectKind = null, Guid? SubjectId = null, CreditRecordKind? Kind = null,
    CreditRecordState? State = null, string? Keyword = null, Guid? ConcerningEnterpriseId = null, bool PublicOnly = false,
    int SkipCount = 0, int MaxResultCount = 20);
