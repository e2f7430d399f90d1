namespace RobotPlan.CatalogApplications;

public interface ICatalogApplicationAppService
{
    /// <summary>Enterprises see their own files, district reviewers their jurisdiction's, municipal reviewers all.</summary>
    Task<PagedResultDto<CatalogApplicationDto>> GetListAsync(GetCatalogApplicationsInput input, CancellationToken ct = default);
    /// <summary>With the R-62 history.</summary>
    Task<CatalogApplicationDto> GetAsync(Guid id, CancellationToken ct = default);
    Task<CatalogApplicationDto> CreateAsync(CreateCatalogApplicationDto input, CancellationToken ct = default);
    Task<CatalogApplicationDto> UpdateAsync(Guid id, UpdateCatalogApplicationDto input, CancellationToken ct = default);
    Task<CatalogApplicationDto> AddAttachmentAsync(Guid id, CatalogAttachmentKind kind, FileUpload file, CancellationToken ct = default);
    /// <summary>R-12/R-13 pre-check, from the same code that guards submission.</summary>
    Task<EligibilityDto> GetEligibilityAsync(Guid id, CancellationToken ct = default);
    Task<CatalogApplicationDto> SubmitAsync(Guid id, CatalogTransitionDto input, CancellationToken ct = default);
    Task<CatalogApplicationDto> WithdrawAsync(Guid id, CatalogTransitionDto input, CancellationToken ct = default);
    Task<CatalogApplicationDto> DistrictApproveAsync(Guid id, CatalogTransitionDto input, CancellationToken ct = default);
    Task<CatalogApplicationDto> FormalApproveAsync(Guid id, CatalogTransitionDto input, CancellationToken ct = default);
    Task<CatalogApplicationDto> ReturnAsync(Guid id, CatalogReasonTransitionDto input, CancellationToken ct = default);
    Task<CatalogApplicationDto> RejectAsync(Guid id, CatalogReasonTransitionDto input, CancellationToken ct = default);
    /// <summary>"My tasks": files waiting for the current reviewer's role, oldest first.</summary>
    Task<IReadOnlyList<CatalogTaskDto>> GetTasksAsync(CancellationToken ct = default);
}
