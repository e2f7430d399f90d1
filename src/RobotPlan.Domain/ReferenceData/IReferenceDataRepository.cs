namespace RobotPlan.ReferenceData;

/// <summary>Small, rarely changing tables; read whole.</summary>
public interface IReferenceDataRepository
{
    Task<ReviewJurisdiction?> FindJurisdictionAsync(Guid id, CancellationToken ct = default);
    Task<List<ReviewJurisdiction>> GetJurisdictionsAsync(CancellationToken ct = default);
    Task<ProductCategory?> FindCategoryAsync(string code, CancellationToken ct = default);
    Task<List<ProductCategory>> GetCategoriesAsync(CancellationToken ct = default);
    Task<TestingBody?> FindTestingBodyAsync(Guid id, CancellationToken ct = default);
    Task<List<TestingBody>> GetTestingBodiesAsync(CancellationToken ct = default);
    Task<CertificationBody?> FindCertificationBodyAsync(Guid id, CancellationToken ct = default);
    Task<List<CertificationBody>> GetCertificationBodiesAsync(CancellationToken ct = default);
    Task AddAsync(object referenceEntity, CancellationToken ct = default);
}
