using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using RobotPlan.CatalogApplications;
using RobotPlan.Dtos;
using P = RobotPlan.Permissions.RobotPlanPermissions;

namespace RobotPlan.Web.Pages.Catalogs;

/// <summary>The files the caller may see; the service scopes them (own enterprise, own district, or all).</summary>
[Authorize(P.Catalogs.Default)]
public sealed class ApplicationsIndexModel(ICatalogApplicationAppService applications) : PageModel
{
    public const int PageSize = 20;

    [BindProperty(SupportsGet = true)]
    public CatalogApplicationStatus? Status { get; set; }

    [BindProperty(SupportsGet = true)]
    public int PageNumber { get; set; } = 1;

    public PagedResultDto<CatalogApplicationDto> Result { get; private set; } = new(0, []);

    public async Task OnGetAsync(CancellationToken ct)
    {
        // A hand-edited query string shows the first page of everything rather than an error.
        PageNumber = Math.Clamp(PageNumber, 1, 100_000);
        if (Status is { } s && !Enum.IsDefined(s)) Status = null;
        Result = await applications.GetListAsync(new GetCatalogApplicationsInput
        {
            Status = Status, SkipCount = (PageNumber - 1) * PageSize, MaxResultCount = PageSize,
        }, ct);
    }

    public Pager Pager => new(Result.TotalCount, PageNumber, PageSize, Request);
}
