using P = RobotPlan.Permissions.RobotPlanPermissions;

namespace RobotPlan.Web.Pages.Products;

[Authorize(P.Products.Default)]
public sealed class IndexModel(IProductAppService products) : PageModel
{
    public const int PageSize = 20;

    [BindProperty(SupportsGet = true)]
    public string? Keyword { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? CategoryCode { get; set; }

    [BindProperty(SupportsGet = true)]
    public int PageNumber { get; set; } = 1;

    public PagedResultDto<ProductDto> Result { get; private set; } = new(0, []);
    public IReadOnlyList<ProductCategoryDto> Categories { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken ct)
    {
        // A hand-edited query string (page=-3, a 10 KB keyword) shows the first page, never an error.
        PageNumber = Math.Clamp(PageNumber, 1, 100_000);
        Keyword = Keyword?.Trim() is { Length: > 0 } k ? k[..Math.Min(k.Length, 128)] : null;
        Categories = await products.GetCategoriesAsync(ct);
        if (Categories.All(c => c.Code != CategoryCode)) CategoryCode = null;
        Result = await products.GetListAsync(new GetProductsInput
        {
            Keyword = Keyword, CategoryCode = CategoryCode, SkipCount = (PageNumber - 1) * PageSize, MaxResultCount = PageSize,
        }, ct);
    }

    public Pager Pager => new(Result.TotalCount, PageNumber, PageSize, Request);
}
