namespace RobotPlan.Products;

/// <summary>Rules that need the database: a known category, one product per model within an enterprise.</summary>
public class ProductManager(IProductRepository products, IReferenceDataRepository referenceData)
{
    public async Task<Product> CreateAsync(Guid enterpriseId, string name, string model, string categoryCode,
        string? description, CancellationToken ct = default)
    {
        await CheckCategoryAsync(categoryCode, ct);
        if (await products.FindByModelAsync(enterpriseId, model.Trim(), ct) is not null)
            throw new BusinessException(RobotPlanErrorCodes.DuplicateProductModel, "model");
        var product = new Product(enterpriseId, name, model, categoryCode, description);
        await products.AddAsync(product, ct);
        return product;
    }

    public async Task DescribeAsync(Product product, string name, string model, string categoryCode, string? description,
        CancellationToken ct = default)
    {
        await CheckCategoryAsync(categoryCode, ct);
        if (!string.Equals(product.Model, model.Trim(), StringComparison.Ordinal))
        {
            if (await products.FindByModelAsync(product.EnterpriseId, model.Trim(), ct) is not null)
                throw new BusinessException(RobotPlanErrorCodes.DuplicateProductModel, "model");
            product.ChangeModel(model);
        }
        product.Describe(name, categoryCode, description);
    }

    private async Task CheckCategoryAsync(string categoryCode, CancellationToken ct)
    {
        var category = await referenceData.FindCategoryAsync(categoryCode, ct);
        // Products belong to a concrete kind (焊接, 减速器 ...), not to a top-level group.
        if (category?.ParentCode is null)
            throw new BusinessException(RobotPlanErrorCodes.UnknownCategory, "categoryCode");
    }
}
