using P = RobotPlan.Permissions.RobotPlanPermissions;

namespace RobotPlan.Web.Pages.Products;

[Authorize(P.Products.Manage)]
public sealed class CreateModel(IProductAppService products, IStringLocalizer<RobotPlanResource> L) : PageModel
{
    [BindProperty]
    public CreateProductDto Input { get; set; } = new();

    public async Task OnGetAsync(CancellationToken ct)
    {
        ProductForm.AddBlankRows(Input);
        await LoadCategoriesAsync(ct);
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        if (ProductForm.DropBlankRowsAndValidate(this, Input))
        {
            try
            {
                var created = await products.CreateAsync(Input, ct);
                TempData["Message"] = L["Product:Created"].Value;
                return RedirectToPage("Details", new { id = created.Id });
            }
            catch (Exception e) when (this.TryShow(e, L, "Input"))
            {
            }
        }
        ProductForm.AddBlankRows(Input);
        await LoadCategoriesAsync(ct);
        return Page();
    }

    private async Task LoadCategoriesAsync(CancellationToken ct) => ViewData["Categories"] = await products.GetCategoriesAsync(ct);
}
