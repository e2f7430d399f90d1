using P = RobotPlan.Permissions.RobotPlanPermissions;

namespace RobotPlan.Web.Pages.Admin.ReferenceData;

/// <summary>基础数据: one page, one small form per row; each handler saves one record.</summary>
[Authorize(P.ReferenceData.Manage)]
public sealed class IndexModel(IReferenceDataAppService referenceData, IStringLocalizer<RobotPlanResource> L) : PageModel
{
    public IReadOnlyList<JurisdictionDto> Jurisdictions { get; private set; } = [];
    public IReadOnlyList<CategoryDto> Categories { get; private set; } = [];
    public IReadOnlyList<OrganizationDto> TestingBodies { get; private set; } = [];
    public IReadOnlyList<OrganizationDto> CertificationBodies { get; private set; } = [];

    public Task OnGetAsync(CancellationToken ct) => LoadAsync(ct);

    public Task<IActionResult> OnPostRenameJurisdictionAsync(Guid id, RenameJurisdictionDto input, CancellationToken ct) =>
        SaveAsync(() => referenceData.RenameJurisdictionAsync(id, input, ct), ct);

    public Task<IActionResult> OnPostAddCategoryAsync(CreateCategoryDto input, CancellationToken ct) =>
        SaveAsync(() => referenceData.CreateCategoryAsync(input, ct), ct);

    public Task<IActionResult> OnPostRenameCategoryAsync(string code, RenameCategoryDto input, CancellationToken ct) =>
        SaveAsync(() => referenceData.RenameCategoryAsync(code, input, ct), ct);

    public Task<IActionResult> OnPostSaveTestingBodyAsync(Guid? id, SaveOrganizationDto input, CancellationToken ct) =>
        SaveAsync(() => id is { } existing ? referenceData.UpdateTestingBodyAsync(existing, input, ct) : referenceData.CreateTestingBodyAsync(input, ct), ct);

    public Task<IActionResult> OnPostSaveCertificationBodyAsync(Guid? id, SaveOrganizationDto input, CancellationToken ct) =>
        SaveAsync(() => id is { } existing
            ? referenceData.UpdateCertificationBodyAsync(existing, input, ct)
            : referenceData.CreateCertificationBodyAsync(input, ct), ct);

    private Task<IActionResult> SaveAsync<T>(Func<Task<T>> save, CancellationToken ct) =>
        this.SaveOrShowAsync(() => save(), L, () => LoadAsync(ct));

    private async Task LoadAsync(CancellationToken ct)
    {
        Jurisdictions = await referenceData.GetJurisdictionsAsync(ct);
        Categories = await referenceData.GetCategoriesAsync(ct);
        TestingBodies = await referenceData.GetTestingBodiesAsync(ct);
        CertificationBodies = await referenceData.GetCertificationBodiesAsync(ct);
    }
}
