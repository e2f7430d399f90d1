namespace RobotPlan.ReferenceData;

/// <summary>基础数据: read by anyone (forms, public search); edited by administrators.</summary>
public interface IReferenceDataAppService
{
    Task<IReadOnlyList<JurisdictionDto>> GetJurisdictionsAsync(CancellationToken ct = default);
    Task<IReadOnlyList<CategoryDto>> GetCategoriesAsync(CancellationToken ct = default);
    Task<IReadOnlyList<OrganizationDto>> GetTestingBodiesAsync(CancellationToken ct = default);
    Task<IReadOnlyList<OrganizationDto>> GetCertificationBodiesAsync(CancellationToken ct = default);

    Task<JurisdictionDto> RenameJurisdictionAsync(Guid id, RenameJurisdictionDto input, CancellationToken ct = default);
    Task<CategoryDto> CreateCategoryAsync(CreateCategoryDto input, CancellationToken ct = default);
    Task<CategoryDto> RenameCategoryAsync(string code, RenameCategoryDto input, CancellationToken ct = default);
    Task<OrganizationDto> CreateTestingBodyAsync(SaveOrganizationDto input, CancellationToken ct = default);
    Task<OrganizationDto> UpdateTestingBodyAsync(Guid id, SaveOrganizationDto input, CancellationToken ct = default);
    Task<OrganizationDto> CreateCertificationBodyAsync(SaveOrganizationDto input, CancellationToken ct = default);
    Task<OrganizationDto> UpdateCertificationBodyAsync(Guid id, SaveOrganizationDto input, CancellationToken ct = default);
}
