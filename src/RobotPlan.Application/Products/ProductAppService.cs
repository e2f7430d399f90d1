using P = RobotPlan.Permissions.RobotPlanPermissions;

namespace RobotPlan.Products;

public sealed class ProductAppService(
    IProductRepository products,
    ProductManager manager,
    IEnterpriseRepository enterprises,
    IReferenceDataRepository referenceData,
    IStoredFileRepository files,
    FileStore fileStore,
    IUnitOfWork unitOfWork,
    ICurrentUser currentUser,
    DataScope scope) : IProductAppService
{
    public async Task<PagedResultDto<ProductDto>> GetListAsync(GetProductsInput input, CancellationToken ct)
    {
        currentUser.CheckPermission(P.Products.Default);
        var enterpriseId = scope.SeesAllEnterprises || scope.JurisdictionRestriction is not null ? input.EnterpriseId : scope.EnterpriseRestriction;
        // Asking for another enterprise than one's own is not an error, just nothing to see.
        if (scope.EnterpriseRestriction is { } own && input.EnterpriseId is { } asked && asked != own) return new(0, []);
        if (!scope.SeesAllEnterprises && scope.JurisdictionRestriction is null && enterpriseId is null) return new(0, []);
        var (total, items) = await products.GetPageAsync(new ProductFilter(enterpriseId, scope.JurisdictionRestriction, input.Keyword,
            input.CategoryCode, input.Sorting, input.SkipCount, input.MaxResultCount), ct);
        var names = await enterprises.GetLegalNamesAsync(items.Select(p => p.EnterpriseId).Distinct().ToList(), ct);
        var categories = await CategoryNamesAsync(ct);
        return new(total, items.Select(p => p.ToDto(names.GetValueOrDefault(p.EnterpriseId), categories.GetValueOrDefault(p.CategoryCode), null))
            .ToList());
    }

    public async Task<ProductDto> GetAsync(Guid id, CancellationToken ct)
    {
        currentUser.CheckPermission(P.Products.Default);
        return await ToDtoAsync(await LoadVisibleAsync(id, ct), ct);
    }

    public async Task<ProductDto> CreateAsync(CreateProductDto input, CancellationToken ct)
    {
        currentUser.CheckPermission(P.Products.Manage);
        var enterpriseId = currentUser.EnterpriseId ?? throw new AuthorizationException(P.Products.Manage);
        var product = await manager.CreateAsync(enterpriseId, input.Name, input.Model, input.CategoryCode, input.Description, ct);
        product.ReplaceSpecifications(input.Specifications.Select(s => s.ToValue()));
        await unitOfWork.SaveChangesAsync(ct);
        return await ToDtoAsync(product, ct);
    }

    public async Task<ProductDto> UpdateAsync(Guid id, UpdateProductDto input, CancellationToken ct)
    {
        currentUser.CheckPermission(P.Products.Manage);
        var product = await LoadOwnAsync(id, ct);
        unitOfWork.ExpectConcurrencyStamp(product, input.ConcurrencyStamp);
        await manager.DescribeAsync(product, input.Name, input.Model, input.CategoryCode, input.Description, ct);
        product.ReplaceSpecifications(input.Specifications.Select(s => s.ToValue()));
        await unitOfWork.SaveChangesAsync(ct);
        return await ToDtoAsync(product, ct);
    }

    public async Task DeleteAsync(Guid id, CancellationToken ct)
    {
        currentUser.CheckPermission(P.Products.Manage);
        products.Remove(await LoadOwnAsync(id, ct));
        await unitOfWork.SaveChangesAsync(ct);
    }

    public async Task<ProductDto> UploadBrochureAsync(Guid id, FileUpload upload, CancellationToken ct)
    {
        currentUser.CheckPermission(P.Products.Manage);
        var product = await LoadOwnAsync(id, ct);
        var file = await fileStore.SaveAsync(upload, product.EnterpriseId, pdfOnly: false, ct);
        product.AttachBrochure(file.Id);
        await unitOfWork.SaveChangesAsync(ct);
        return await ToDtoAsync(product, ct);
    }

    public async Task<FileDownload> GetBrochureAsync(Guid id, CancellationToken ct)
    {
        currentUser.CheckPermission(P.Products.Default);
        var product = await LoadVisibleAsync(id, ct);
        var (file, content) = await fileStore.OpenAsync(product.BrochureFileId ?? throw new EntityNotFoundException(typeof(StoredFile)), ct);
        return new FileDownload(content, file.FileName, file.ContentType);
    }

    public async Task<IReadOnlyList<ProductCategoryDto>> GetCategoriesAsync(CancellationToken ct)
    {
        currentUser.CheckPermission(P.Products.Default);
        return (await referenceData.GetCategoriesAsync(ct)).Where(c => c.ParentCode is not null)
            .Select(c => new ProductCategoryDto(c.Code, c.Name, c.NameEn, c.ParentCode!)).ToList();
    }

    private async Task<Product> LoadVisibleAsync(Guid id, CancellationToken ct)
    {
        var product = await products.FindAsync(id, ct) ?? throw new EntityNotFoundException(typeof(Product), id);
        var enterprise = await enterprises.FindAsync(product.EnterpriseId, ct);
        if (enterprise is null || !scope.CanSee(enterprise)) throw new EntityNotFoundException(typeof(Product), id);
        return product;
    }

    private async Task<Product> LoadOwnAsync(Guid id, CancellationToken ct)
    {
        var product = await LoadVisibleAsync(id, ct);
        scope.EnsureOwnEnterprise(product.EnterpriseId, typeof(Product), id);
        return product;
    }

    private async Task<Dictionary<string, string>> CategoryNamesAsync(CancellationToken ct) =>
        (await referenceData.GetCategoriesAsync(ct)).ToDictionary(c => c.Code, c => c.Name);

    private async Task<ProductDto> ToDtoAsync(Product product, CancellationToken ct)
    {
        var enterprise = await enterprises.FindAsync(product.EnterpriseId, ct);
        var category = await referenceData.FindCategoryAsync(product.CategoryCode, ct);
        var brochure = product.BrochureFileId is { } fileId ? (await files.FindAsync(fileId, ct))?.ToDto() : null;
        return product.ToDto(enterprise?.LegalName, category?.Name, brochure);
    }
}
