namespace RobotPlan.Web.Pages.Products;

/// <summary>The specification rows of the product form: blank rows to fill in, dropped again before saving.</summary>
internal static class ProductForm
{
    private const int BlankRows = 3;

    public static void AddBlankRows(CreateProductDto input)
    {
        for (var i = 0; i < BlankRows && input.Specifications.Count < ProductConsts.MaxSpecifications; i++)
            input.Specifications.Add(new ProductSpecificationDto());
    }

    /// <summary>Drops rows left empty and validates again, so an empty row is not a "required" error.</summary>
    public static bool DropBlankRowsAndValidate(PageModel page, CreateProductDto input)
    {
        input.Specifications = input.Specifications
            .Where(s => !string.IsNullOrWhiteSpace(s.Name) || !string.IsNullOrWhiteSpace(s.Value)).ToList();
        page.ModelState.Clear();
        return page.TryValidateModel(input, "Input");
    }
}
