using P = RobotPlan.Permissions.RobotPlanPermissions;

namespace RobotPlan.Web.Pages.Products;

[Authorize(P.Products.Manage)]
public sealed class EditModel(IProductAppService products, IStringLocalizer<RobotPlanResource> L) : PageModel
{
    // Bound per handler (not [BindProperty]): the brochure form must not validate the product fields.
    public UpdateProductDto Input { get; set; } = new();

    public ProductDto Product { get; private set; } = null!;

    /// <summary>Named for the upload field, so its errors show next to it (never bound here).</summary>
    public IFormFile? Upload { get; set; }

    public async Task OnGetAsync(Guid id, CancellationToken ct)
    {
        Product = await products.GetAsync(id, ct);
        Input = new UpdateProductDto
        {
            Name = Product.Name, Model = Product.Model, CategoryCode = Product.CategoryCode, Description = Product.Description,
            Specifications = [.. Product.Specifications], ConcurrencyStamp = Product.ConcurrencyStamp,
        };
        await PrepareAsync(id, ct);
    }

    public async Task<IActionResult> OnPostAsync(Guid id, [FromForm(Name = "Input")] UpdateProductDto input, CancellationToken ct)
    {
        Input = input;
        if (ProductForm.DropBlankRowsAndValidate(this, Input))
        {
            try
            {
                await products.UpdateAsync(id, Input, ct);
                TempData["Message"] = L["Product:Saved"].Value;
                return RedirectToPage("Details", new { id });
            }
            catch (Exception e) when (this.TryShow(e, L, "Input"))
            {
            }
        }
        Product = await products.GetAsync(id, ct);
        await PrepareAsync(id, ct);
        return Page();
    }

    public async Task<IActionResult> OnPostBrochureAsync(Guid id, [FromForm(Name = "Upload")] IFormFile? upload, CancellationToken ct)
    {
        try
        {
            if (upload is null) throw new SeedWork.BusinessException(Errors.RobotPlanErrorCodes.UploadEmpty, "file");
            await using var content = upload.OpenReadStream();
            await products.UploadBrochureAsync(id, new FileUpload(content, upload.FileName, upload.Length), ct);
            TempData["Message"] = L["Product:BrochureUploaded"].Value;
            return RedirectToPage("Details", new { id });
        }
        catch (Exception e) when (this.TryShow(e, L, "Input"))
        {
        }
        await OnGetAsync(id, ct);
        return Page();
    }

    private async Task PrepareAsync(Guid id, CancellationToken ct)
    {
        ProductForm.AddBlankRows(Input);
        ViewData["Categories"] = await products.GetCategoriesAsync(ct);
        ViewData["ProductId"] = id;
    }
}
