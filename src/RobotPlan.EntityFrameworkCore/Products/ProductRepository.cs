namespace RobotPlan.EntityFrameworkCore.Products;

internal sealed class ProductRepository(RobotPlanDbContext db) : IProductRepository
{
    private static readonly Dictionary<string, Expression<Func<Product, object?>>> SortFields = new(StringComparer.OrdinalIgnoreCase)
    {
        ["name"] = p => p.Name,
        ["model"] = p => p.Model,
        ["categoryCode"] = p => p.CategoryCode,
        ["creationTime"] = p => p.CreationTime,
    };

    public Task<Product?> FindAsync(Guid id, CancellationToken ct) => db.Products.FirstOrDefaultAsync(p => p.Id == id, ct);

    public Task<Product?> FindByModelAsync(Guid enterpriseId, string model, CancellationToken ct) =>
        db.Products.FirstOrDefaultAsync(p => p.EnterpriseId == enterpriseId && p.Model == model, ct);

    public Task<(int TotalCount, List<Product> Items)> GetPageAsync(ProductFilter filter, CancellationToken ct)
    {
        var query = db.Products.AsNoTracking();
        if (filter.EnterpriseId is { } enterpriseId) query = query.Where(p => p.EnterpriseId == enterpriseId);
        if (filter.JurisdictionId is { } jurisdiction)
            query = query.Where(p => db.Enterprises.Any(e => e.Id == p.EnterpriseId && e.JurisdictionId == jurisdiction));
        if (!string.IsNullOrWhiteSpace(filter.CategoryCode)) query = query.Where(p => p.CategoryCode == filter.CategoryCode);
        if (!string.IsNullOrWhiteSpace(filter.Keyword))
        {
            var keyword = filter.Keyword.Trim();
            query = query.Where(p => p.Name.Contains(keyword) || p.Model.Contains(keyword));
        }
        return query.ToPageAsync(filter.Sorting, SortFields, p => p.Name, filter.SkipCount, filter.MaxResultCount, ct);
    }

    public Task<List<Product>> GetByIdsAsync(IReadOnlyCollection<Guid> ids, CancellationToken ct) =>
        db.Products.IgnoreQueryFilters().AsNoTracking().Where(p => ids.Contains(p.Id)).ToListAsync(ct);

    public async Task AddAsync(Product product, CancellationToken ct) => await db.Products.AddAsync(product, ct);

    public void Remove(Product product) => db.Products.Remove(product);
}
