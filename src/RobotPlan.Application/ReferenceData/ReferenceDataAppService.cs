using P = RobotPlan.Permissions.RobotPlanPermissions;

namespace RobotPlan.ReferenceData;

public sealed class ReferenceDataAppService(
    IReferenceDataRepository referenceData,
    ReferenceDataManager manager,
    IUnitOfWork unitOfWork,
    ICurrentUser currentUser) : IReferenceDataAppService
{
    // Public lists: registration and search forms need them before anyone signs in.
    public async Task<IReadOnlyList<JurisdictionDto>> GetJurisdictionsAsync(CancellationToken ct) =>
        (await referenceData.GetJurisdictionsAsync(ct)).Select(j => j.ToDto()).ToList();

    public async Task<IReadOnlyList<CategoryDto>> GetCategoriesAsync(CancellationToken ct) =>
        (await referenceData.GetCategoriesAsync(ct)).Select(c => c.ToDto()).ToList();

    public async Task<IReadOnlyList<OrganizationDto>> GetTestingBodiesAsync(CancellationToken ct) =>
        (await referenceData.GetTestingBodiesAsync(ct)).Select(b => b.ToDto()).ToList();

    public async Task<IReadOnlyList<OrganizationDto>> GetCertificationBodiesAsync(CancellationToken ct) =>
        (await referenceData.GetCertificationBodiesAsync(ct)).Select(b => b.ToDto()).ToList();

    public async Task<JurisdictionDto> RenameJurisdictionAsync(Guid id, RenameJurisdictionDto input, CancellationToken ct)
    {
        currentUser.CheckPermission(P.ReferenceData.Manage);
        var jurisdiction = await referenceData.FindJurisdictionAsync(id, ct) ?? throw new EntityNotFoundException(typeof(ReviewJurisdiction), id);
        unitOfWork.ExpectConcurrencyStamp(jurisdiction, input.ConcurrencyStamp);
        jurisdiction.Rename(input.Name, input.NameEn);
        await unitOfWork.SaveChangesAsync(ct);
        return jurisdiction.ToDto();
    }

    public async Task<CategoryDto> CreateCategoryAsync(CreateCategoryDto input, CancellationToken ct)
    {
        currentUser.CheckPermission(P.ReferenceData.Manage);
        var category = await manager.AddCategoryAsync(input.Code, input.Name, input.NameEn, input.ParentCode, input.SortOrder, ct);
        await unitOfWork.SaveChangesAsync(ct);
        return category.ToDto();
    }

    public async Task<CategoryDto> RenameCategoryAsync(string code, RenameCategoryDto input, CancellationToken ct)
    {
        currentUser.CheckPermission(P.ReferenceData.Manage);
        var category = await referenceData.FindCategoryAsync(code, ct) ?? throw new EntityNotFoundException(typeof(ProductCategory), code);
        unitOfWork.ExpectConcurrencyStamp(category, input.ConcurrencyStamp);
        category.Rename(input.Name, input.NameEn);
        await unitOfWork.SaveChangesAsync(ct);
        return category.ToDto();
    }

    public async Task<OrganizationDto> CreateTestingBodyAsync(SaveOrganizationDto input, CancellationToken ct)
    {
        currentUser.CheckPermission(P.ReferenceData.Manage);
        var body = new TestingBody(input.Name, input.NameEn, input.Uscc, input.IsActive);
        await referenceData.AddAsync(body, ct);
        await unitOfWork.SaveChangesAsync(ct);
        return body.ToDto();
    }

    public async Task<OrganizationDto> UpdateTestingBodyAsync(Guid id, SaveOrganizationDto input, CancellationToken ct)
    {
        currentUser.CheckPermission(P.ReferenceData.Manage);
        return await UpdateOrganizationAsync(await referenceData.FindTestingBodyAsync(id, ct), id, input, ct);
    }

    public async Task<OrganizationDto> CreateCertificationBodyAsync(SaveOrganizationDto input, CancellationToken ct)
    {
        currentUser.CheckPermission(P.ReferenceData.Manage);
        var body = new CertificationBody(input.Name, input.NameEn, input.Uscc, input.IsActive);
        await referenceData.AddAsync(body, ct);
        await unitOfWork.SaveChangesAsync(ct);
        return body.ToDto();
    }

    public async Task<OrganizationDto> UpdateCertificationBodyAsync(Guid id, SaveOrganizationDto input, CancellationToken ct)
    {
        currentUser.CheckPermission(P.ReferenceData.Manage);
        return await UpdateOrganizationAsync(await referenceData.FindCertificationBodyAsync(id, ct), id, input, ct);
    }

    private async Task<OrganizationDto> UpdateOrganizationAsync<T>(T? body, Guid id, SaveOrganizationDto input, CancellationToken ct)
        where T : CertifyingOrganization
    {
        if (body is null) throw new EntityNotFoundException(typeof(T), id);
        unitOfWork.ExpectConcurrencyStamp(body, input.ConcurrencyStamp);
        body.Update(input.Name, input.NameEn, input.Uscc, input.IsActive);
        await unitOfWork.SaveChangesAsync(ct);
        return body.ToDto();
    }
}
