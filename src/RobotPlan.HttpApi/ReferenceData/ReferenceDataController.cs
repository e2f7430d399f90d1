using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using P = RobotPlan.Permissions.RobotPlanPermissions;

namespace RobotPlan.ReferenceData;

[Route("api/app/reference-data")]
[Authorize(P.ReferenceData.Manage)]
public sealed class ReferenceDataController(IReferenceDataAppService referenceData) : RobotPlanAppControllerBase
{
    [HttpPut("jurisdictions/{id:guid}")]
    public Task<JurisdictionDto> RenameJurisdictionAsync(Guid id, RenameJurisdictionDto input, CancellationToken ct) =>
        referenceData.RenameJurisdictionAsync(id, input, ct);

    [HttpPost("categories")]
    public Task<CategoryDto> CreateCategoryAsync(CreateCategoryDto input, CancellationToken ct) =>
        referenceData.CreateCategoryAsync(input, ct);

    [HttpPut("categories/{code}")]
    public Task<CategoryDto> RenameCategoryAsync(string code, RenameCategoryDto input, CancellationToken ct) =>
        referenceData.RenameCategoryAsync(code, input, ct);

    [HttpPost("testing-bodies")]
    public Task<OrganizationDto> CreateTestingBodyAsync(SaveOrganizationDto input, CancellationToken ct) =>
        referenceData.CreateTestingBodyAsync(input, ct);

    [HttpPut("testing-bodies/{id:guid}")]
    public Task<OrganizationDto> UpdateTestingBodyAsync(Guid id, SaveOrganizationDto input, CancellationToken ct) =>
        referenceData.UpdateTestingBodyAsync(id, input, ct);

    [HttpPost("certification-bodies")]
    public Task<OrganizationDto> CreateCertificationBodyAsync(SaveOrganizationDto input, CancellationToken ct) =>
        referenceData.CreateCertificationBodyAsync(input, ct);

    [HttpPut("certification-bodies/{id:guid}")]
    public Task<OrganizationDto> UpdateCertificationBodyAsync(Guid id, SaveOrganizationDto input, CancellationToken ct) =>
        referenceData.UpdateCertificationBodyAsync(id, input, ct);
}
