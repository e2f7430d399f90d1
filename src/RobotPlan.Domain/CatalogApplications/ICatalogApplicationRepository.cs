using RobotPlan.CatalogListings;

namespace RobotPlan.CatalogApplications;

public interface ICatalogApplicationRepository
{
    /// <summary>With its history.</summary>
    Task<CatalogApplication?> FindAsync(Guid id, CancellationToken ct = default);
    /// <summary>R-12: another open file of this product in this catalog.</summary>
    Task<bool> HasOtherOpenApplicationAsync(Guid productId, CatalogKind catalog, Guid? exceptId, CancellationToken ct = default);
    Task<(int TotalCount, List<CatalogApplication> Items)> GetPageAsync(CatalogApplicationFilter filter, CancellationToken ct = default);
    /// <summary>Files in the given states, oldest in their step first (task lists).</summary>
    Task<List<CatalogApplication>> GetWaitingAsync(IReadOnlyCollection<CatalogApplicationStatus> statuses, Guid? jurisdictionId, int max,
        CancellationToken ct = default);
    /// <summary>Counts per state of one batch's files (batch progress).</summary>
    Task<Dictionary<CatalogApplicationStatus, int>> CountByStatusAsync(Guid batchId, CancellationToken ct = default);
    Task AddAsync(CatalogApplication application, CancellationToken ct = default);
}

/// <summary>EnterpriseId scopes enterprise users, JurisdictionId district reviewers (by the enterprise's jurisdiction).</summary>
public sealed record CatalogApplicationFilter(Guid? BatchId, CatalogKind? Catalog, CatalogApplicationStatus? Status, Guid? ProductId,
    Guid? EnterpriseId, Guid? JurisdictionId, string? Sorting, int SkipCount, int MaxResultCount);
