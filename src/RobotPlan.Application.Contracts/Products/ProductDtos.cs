namespace RobotPlan.Products;

public sealed class ProductSpecificationDto
{
    [Required, StringLength(ProductConsts.MaxSpecNameLength), Display(Name = "Product:SpecName")]
    public string Name { get; set; } = "";

    [Required, StringLength(ProductConsts.MaxSpecValueLength), Display(Name = "Product:SpecValue")]
    public string Value { get; set; } = "";

    [StringLength(ProductConsts.MaxSpecUnitLength), Display(Name = "Product:SpecUnit")]
    public string? Unit { get; set; }
}

public sealed record ProductDto(
    Guid Id, Guid EnterpriseId, string? EnterpriseName, string Name, string Model, string CategoryCode, string? CategoryName,
    string? Description, IReadOnlyList<ProductSpecificationDto> Specifications, Guid? BrochureFileId, StoredFileDto? Brochure,
    DateTime CreationTime, string ConcurrencyStamp);

/// <summary>What an enterprise user edits; the enterprise is always the user's own.</summary>
public class CreateProductDto
{
    [Required, StringLength(ProductConsts.MaxNameLength)]
    public string Name { get; set; } = "";

    [Required, StringLength(ProductConsts.MaxModelLength)]
    public string Model { get; set; } = "";

    [Required, StringLength(32)]
    public string CategoryCode { get; set; } = "";

    [StringLength(ProductConsts.MaxDescriptionLength)]
    public string? Description { get; set; }

    [MaxLength(ProductConsts.MaxSpecifications)]
    public List<ProductSpecificationDto> Specifications { get; set; } = [];
}

public sealed class UpdateProductDto : CreateProductDto
{
    [Required, StringLength(40)]
    public string ConcurrencyStamp { get; set; } = "";
}

public sealed class GetProductsInput : PagedAndSortedResultRequestDto
{
    [StringLength(128)]
    public string? Keyword { get; set; }

    [StringLength(32)]
    public string? CategoryCode { get; set; }

    public Guid? EnterpriseId { get; set; }
}

/// <summary>A concrete category a product can belong to (a child of one of the four groups).</summary>
public sealed record ProductCategoryDto(string Code, string Name, string NameEn, string ParentCode);
