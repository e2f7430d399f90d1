namespace RobotPlan.Products;

public interface IProductRepository
{
    Task<Product?> FindAsync(Guid id, CancellationToken ct = default);
    Task<Product?> FindByModelAsync(Guid enterpriseId, string model, CancellationToken ct = default);
    Task<(int TotalCount, List<Product> Items)> GetPageAsync(ProductFilter filter, CancellationToken ct = default);
    /// <summary>Including soft-deleted ones: their test reports still name them.</summary>
    Task<List<Product>> GetByIdsAsync(IReadOnlyCollection<Guid> ids, CancellationToken ct = default);
    Task AddAsync(Product product, CancellationToken ct = default);
    void Remove(Product product);
}

public sealed record ProductFilter(Guid? EnterpriseId, Guid? JurisdictionId, string? Keyword, string? CategoryCode,
    string? Sorting, int SkipCount, int MaxResultCount);
