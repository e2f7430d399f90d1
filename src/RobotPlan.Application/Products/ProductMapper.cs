namespace RobotPlan.Products;

// Only the DTO's members must be mapped: audit and event members of the aggregate are left out on purpose.
[Mapper(RequiredMappingStrategy = RequiredMappingStrategy.Target)]
public static partial class ProductMapper
{
    private static partial ProductDto Map(Product product, string? enterpriseName, string? categoryName, StoredFileDto? brochure);

    public static ProductDto ToDto(this Product product, string? enterpriseName, string? categoryName, StoredFileDto? brochure) =>
        Map(product, enterpriseName, categoryName, brochure);

    public static partial ProductSpecificationDto ToDto(this ProductSpecification specification);

    public static ProductSpecification ToValue(this ProductSpecificationDto dto) => new(dto.Name, dto.Value, dto.Unit);

    public static partial StoredFileDto ToDto(this StoredFile file);
}
