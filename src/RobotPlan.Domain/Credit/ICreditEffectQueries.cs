namespace RobotPlan.Credit;

/// <summary>What R-61's effects act on, loaded for change (with history).</summary>
public interface ICreditEffectQueries
{
    /// <summary>Active listings of the enterprise (any product) or of the one product.</summary>
    Task<List<CatalogListing>> GetActiveListingsAsync(CreditSubjectKind kind, Guid subjectId, CancellationToken ct = default);
}
