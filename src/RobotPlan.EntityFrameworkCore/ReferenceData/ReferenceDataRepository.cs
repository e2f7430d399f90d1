namespace RobotPlan.EntityFrameworkCore.ReferenceData;

internal sealed class ReferenceDataRepository(RobotPlanDbContext db) : IReferenceDataRepository
{
    public Task<ReviewJurisdiction?> FindJurisdictionAsync(Guid id, CancellationToken ct) =>
        db.ReviewJurisdictions.FirstOrDefaultAsync(j => j.Id == id, ct);

    public Task<List<ReviewJurisdiction>> GetJurisdictionsAsync(CancellationToken ct) =>
        db.ReviewJurisdictions.AsNoTracking().OrderBy(j => j.Kind).ThenBy(j => j.Code).ToListAsync(ct);

    public Task<ProductCategory?> FindCategoryAsync(string code, CancellationToken ct) =>
        db.ProductCategories.FirstOrDefaultAsync(c => c.Code == code, ct);

    public Task<List<ProductCategory>> GetCategoriesAsync(CancellationToken ct) =>
        db.ProductCategories.AsNoTracking().OrderBy(c => c.SortOrder).ToListAsync(ct);

    public Task<TestingBody?> FindTestingBodyAsync(Guid id, CancellationToken ct) =>
        db.TestingBodies.FirstOrDefaultAsync(b => b.Id == id, ct);

    public Task<List<TestingBody>> GetTestingBodiesAsync(CancellationToken ct) =>
        db.TestingBodies.AsNoTracking().OrderBy(b => b.Name).ToListAsync(ct);

    public Task<CertificationBody?> FindCertificationBodyAsync(Guid id, CancellationToken ct) =>
        db.CertificationBodies.FirstOrDefaultAsync(b => b.Id == id, ct);

    public Task<List<CertificationBody>> GetCertificationBodiesAsync(CancellationToken ct) =>
        db.CertificationBodies.AsNoTracking().OrderBy(b => b.Name).ToListAsync(ct);

    public async Task AddAsync(object referenceEntity, CancellationToken ct) => await db.AddAsync(referenceEntity, ct);
}
