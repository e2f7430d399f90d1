namespace RobotPlan.Units;

public interface IProductUnitRepository
{
    Task<ProductUnit?> FindAsync(Guid id, CancellationToken ct = default);
    Task<ProductUnit?> FindBySerialAsync(Guid productId, string serialNumber, CancellationToken ct = default);
    Task<(int TotalCount, List<ProductUnit> Items)> GetPageAsync(ProductUnitFilter filter, CancellationToken ct = default);
    Task AddAsync(ProductUnit unit, CancellationToken ct = default);
}

/// <summary>
/// Scope: <paramref name="EnterpriseId"/> with <paramref name="EnterpriseUscc"/> — units it made or bought;
/// <paramref name="TestedByBodyId"/> — units of products the body issued reports for.
/// </summary>
public sealed record ProductUnitFilter(string? SerialNumber = null, Guid? ProductId = null, Guid? EnterpriseId = null, string? EnterpriseUscc = null,
    Guid? TestedByBodyId = null, int SkipCount = 0, int MaxResultCount = 20);

/// <summary>The trace's reads across features (listings, policies, awards), keyed by product and serial number.</summary>
public interface IUnitTraceQueries
{
    Task<List<CatalogListing>> GetListingsOfProductAsync(Guid productId, CancellationToken ct = default);
    Task<List<CatalogListing>> GetActiveListingsOfProductAsync(Guid productId, CancellationToken ct = default);
    /// <summary>Policies whose insured units include this product's serial number, oldest first.</summary>
    Task<List<InsurancePolicy>> GetPoliciesCoveringAsync(Guid productId, string serialNumber, CancellationToken ct = default);
    Task<List<Award>> GetAwardsOfClaimsAsync(IReadOnlyCollection<Guid> claimIds, CancellationToken ct = default);
    /// <summary>Insured units of every policy not yet in the registry (the registry sync's work list).</summary>
    Task<List<(Guid EnterpriseId, InsuredUnit Unit)>> GetUnregisteredInsuredUnitsAsync(int max, CancellationToken ct = default);
}

/// <summary>
/// Claims about a unit, for the trace (and through them, awards). Claims are their own feature: it registers an
/// implementation (compensation claims by policy, reward claims by the purchased serial number); the trace asks every one.
/// </summary>
public interface IUnitClaimSource
{
    Task<IReadOnlyList<UnitClaimReference>> FindClaimsAsync(Guid productId, string serialNumber, IReadOnlyCollection<Guid> policyIds,
        CancellationToken ct = default);
}

public sealed record UnitClaimReference(Guid ClaimId, string Kind, string Status, DateTime? SubmittedAt);
