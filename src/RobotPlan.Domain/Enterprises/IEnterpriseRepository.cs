namespace RobotPlan.Enterprises;

public interface IEnterpriseRepository
{
    Task<Enterprise?> FindAsync(Guid id, CancellationToken ct = default);
    Task<Enterprise?> FindByUsccAsync(string uscc, CancellationToken ct = default);
    Task<bool> UsccExistsAsync(string uscc, CancellationToken ct = default);
    Task<(int TotalCount, List<Enterprise> Items)> GetPageAsync(EnterpriseFilter filter, CancellationToken ct = default);
    /// <summary>Legal names by id, for lists of records that belong to enterprises.</summary>
    Task<Dictionary<Guid, string>> GetLegalNamesAsync(IReadOnlyCollection<Guid> ids, CancellationToken ct = default);
    Task AddAsync(Enterprise enterprise, CancellationToken ct = default);
    Task<bool> HasCrossRegionExemptionAsync(string uscc, CancellationToken ct = default);
    Task AddExemptionAsync(CrossRegionExemption exemption, CancellationToken ct = default);
    /// <summary>Issue #14: whether its district verified it (a deleted or unknown enterprise is not).</summary>
    Task<bool> IsVerifiedAsync(Guid id, CancellationToken ct = default);
}

public interface IUsccDisputeRepository
{
    Task<UsccDispute?> FindAsync(Guid id, CancellationToken ct = default);
    Task<bool> HasOpenAsync(string uscc, CancellationToken ct = default);
    Task<(int TotalCount, List<UsccDispute> Items)> GetPageAsync(UsccDisputeStatus? status, int skipCount, int maxResultCount, CancellationToken ct = default);
    Task<List<UsccDispute>> GetByClaimantAsync(Guid userId, CancellationToken ct = default);
    Task AddAsync(UsccDispute dispute, CancellationToken ct = default);
}

/// <summary>What a page of enterprises is restricted to; JurisdictionId scopes district reviewers.</summary>
public sealed record EnterpriseFilter(string? Keyword, Guid? JurisdictionId, string? Sorting, int SkipCount, int MaxResultCount,
    EnterpriseVerificationStatus? VerificationStatus = null);
