namespace RobotPlan.Products;

public interface IProductAppService
{
    /// <summary>Products the caller may see: an enterprise its own, a district reviewer its jurisdiction's, the city all.</summary>
    Task<PagedResultDto<ProductDto>> GetListAsync(GetProductsInput input, CancellationToken ct = default);

    Task<ProductDto> GetAsync(Guid id, CancellationToken ct = default);

    Task<ProductDto> CreateAsync(CreateProductDto input, CancellationToken ct = default);

    Task<ProductDto> UpdateAsync(Guid id, UpdateProductDto input, CancellationToken ct = default);

    /// <summary>Soft delete: test reports and later applications still name the product.</summary>
    Task DeleteAsync(Guid id, CancellationToken ct = default);

    /// <summary>Replaces the brochure (PDF, PNG or JPEG by content).</summary>
    Task<ProductDto> UploadBrochureAsync(Guid id, FileUpload upload, CancellationToken ct = default);

    /// <summary>The categories a product may be filed under, in the work plan's order (for forms and filters).</summary>
    Task<IReadOnlyList<ProductCategoryDto>> GetCategoriesAsync(CancellationToken ct = default);

    Task<FileDownload> GetBrochureAsync(Guid id, CancellationToken ct = default);
}
