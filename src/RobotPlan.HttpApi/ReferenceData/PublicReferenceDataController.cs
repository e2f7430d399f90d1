namespace RobotPlan.ReferenceData;

/// <summary>Small lists every form needs, before anyone signs in (registration, public search).</summary>
[Route("api/public/reference-data")]
[AllowAnonymous]
public sealed class PublicReferenceDataController(IReferenceDataAppService referenceData) : RobotPlanControllerBase
{
    [HttpGet("jurisdictions")]
    public Task<IReadOnlyList<JurisdictionDto>> GetJurisdictionsAsync(CancellationToken ct) => referenceData.GetJurisdictionsAsync(ct);

    [HttpGet("categories")]
    public Task<IReadOnlyList<CategoryDto>> GetCategoriesAsync(CancellationToken ct) => referenceData.GetCategoriesAsync(ct);

    [HttpGet("testing-bodies")]
    public Task<IReadOnlyList<OrganizationDto>> GetTestingBodiesAsync(CancellationToken ct) => referenceData.GetTestingBodiesAsync(ct);

    [HttpGet("certification-bodies")]
    public Task<IReadOnlyList<OrganizationDto>> GetCertificationBodiesAsync(CancellationToken ct) =>
        referenceData.GetCertificationBodiesAsync(ct);
}
