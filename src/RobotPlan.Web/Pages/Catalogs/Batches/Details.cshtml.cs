using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc.RazorPages;
using RobotPlan.CatalogApplications;
using RobotPlan.CatalogBatches;
using RobotPlan.SeedWork;
using P = RobotPlan.Permissions.RobotPlanPermissions;

namespace RobotPlan.Web.Pages.Catalogs;

[Authorize(P.Catalogs.Default)]
public sealed class BatchDetailsModel(ICatalogBatchAppService batches, ICatalogApplicationAppService applications, ICurrentUser currentUser)
    : PageModel
{
    private const int MaxFiles = 100;

    public CatalogBatchDto Batch { get; private set; } = null!;

    /// <summary>Counts per state, for municipal reviewers only (the service refuses others).</summary>
    public CatalogBatchProgressDto? Progress { get; private set; }

    /// <summary>The batch's files the caller may see: the service scopes them (own enterprise, own district, or all).</summary>
    public IReadOnlyList<CatalogApplicationDto> Files { get; private set; } = [];

    public async Task OnGetAsync(Guid id, CancellationToken ct)
    {
        Batch = await batches.GetAsync(id, ct);
        if (currentUser.HasPermission(P.Catalogs.MunicipalReview)) Progress = await batches.GetProgressAsync(id, ct);
        Files = (await applications.GetListAsync(new GetCatalogApplicationsInput { BatchId = id, MaxResultCount = MaxFiles }, ct)).Items;
    }
}
