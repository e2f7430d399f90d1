using P = RobotPlan.Permissions.RobotPlanPermissions;

namespace RobotPlan.Web.Pages.Products;

[Authorize(P.Products.Default)]
public sealed class DetailsModel(IProductAppService products, ITestReportAppService reports, ICurrentUser currentUser,
    IStringLocalizer<RobotPlanResource> L) : PageModel
{
    public ProductDto Product { get; private set; } = null!;
    public IReadOnlyList<TestReportDto> Reports { get; private set; } = [];

    /// <summary>Only the enterprise's own users edit or delete; reviewers only read.</summary>
    public bool CanManage => currentUser.HasPermission(P.Products.Manage) && currentUser.EnterpriseId == Product.EnterpriseId;

    public async Task OnGetAsync(Guid id, CancellationToken ct)
    {
        Product = await products.GetAsync(id, ct);
        if (currentUser.HasPermission(P.TestReports.Default))
            Reports = (await reports.GetListAsync(new GetTestReportsInput { ProductId = id, MaxResultCount = 100 }, ct)).Items;
    }

    public async Task<IActionResult> OnPostDeleteAsync(Guid id, CancellationToken ct)
    {
        await products.DeleteAsync(id, ct);
        TempData["Message"] = L["Product:Deleted"].Value;
        return RedirectToPage("Index");
    }
}
