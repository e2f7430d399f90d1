using RobotPlan.Units;
using P = RobotPlan.Permissions.RobotPlanPermissions;

namespace RobotPlan.Web.Pages.Units;

/// <summary>The unit registry: find a unit by serial number; an enterprise registers its delivered units.</summary>
[Authorize(P.Units.Default)]
public sealed class IndexModel(IProductUnitAppService units, IAuthorizationService authorization, IStringLocalizer<RobotPlanResource> L) : PageModel
{
    public const int PageSize = 50;

    [BindProperty(SupportsGet = true)]
    public GetUnitsInput Filter { get; set; } = new();

    [BindProperty(SupportsGet = true)]
    public int PageNumber { get; set; } = 1;

    /// <summary>The register form; bound only by its own handler (see Credit/Records).</summary>
    public RegisterUnitDto Input { get; set; } = new();

    public PagedResultDto<ProductUnitDto> Result { get; private set; } = new(0, []);
    public bool CanRegister { get; private set; }
    public Pager Pager => new(Result.TotalCount, PageNumber, PageSize, Request);

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        if (PageNumber < 1) return RedirectToPage();
        await LoadAsync(ct);
        return Page();
    }

    public Task<IActionResult> OnPostRegisterAsync([Bind(Prefix = "Input")] RegisterUnitDto input, CancellationToken ct)
    {
        Input = input;
        return this.SaveOrShowAsync(() => units.RegisterAsync(Input, ct), L, () => LoadAsync(ct));
    }

    private async Task LoadAsync(CancellationToken ct)
    {
        CanRegister = (await authorization.AuthorizeAsync(User, P.Units.Register)).Succeeded;
        Filter.SkipCount = (Math.Max(PageNumber, 1) - 1) * PageSize;
        Filter.MaxResultCount = PageSize;
        Result = await units.GetListAsync(Filter, ct);
    }
}
