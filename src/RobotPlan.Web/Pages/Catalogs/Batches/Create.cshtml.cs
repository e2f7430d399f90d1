using P = RobotPlan.Permissions.RobotPlanPermissions;

namespace RobotPlan.Web.Pages.Catalogs;

[Authorize(P.Catalogs.ManageBatches)]
public sealed class BatchCreateModel(ICatalogBatchAppService batches, TimeProvider clock, IStringLocalizer<RobotPlanResource> L) : PageModel
{
    // Fixed blank rubric rows instead of script: the CSP allows no inline script and five criteria cover the usual rubrics.
    private const int RubricRows = 5;

    [BindProperty]
    public CreateCatalogBatchDto Input { get; set; } = new();

    public void OnGet()
    {
        // A reviewer in Chongqing types Beijing time: suggest a window starting now (to the minute), 30 days long.
        var now = CatalogBatchMapper.ToLocal(clock.GetUtcNow().UtcDateTime);
        now = new DateTime(now.Year, now.Month, now.Day, now.Hour, now.Minute, 0, DateTimeKind.Unspecified);
        Input = new CreateCatalogBatchDto
        {
            Year = now.Year, OpensAt = now, ClosesAt = now.Date.AddDays(31), RevisionDeadline = now.Date.AddDays(61),
        };
        AddBlankRows();
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        // Rows left empty are not criteria; validate again without them.
        Input.Rubric = Input.Rubric.Where(c => !string.IsNullOrWhiteSpace(c.Name) || c.Weight != 0).ToList();
        ModelState.Clear();
        if (TryValidateModel(Input, "Input"))
        {
            try
            {
                var created = await batches.CreateAsync(Input, ct);
                TempData["Message"] = L["CatalogPage:BatchCreated"].Value;
                return RedirectToPage("Details", new { id = created.Id });
            }
            catch (Exception e) when (this.TryShow(e, L, "Input"))
            {
            }
        }
        AddBlankRows();
        return Page();
    }

    private void AddBlankRows()
    {
        while (Input.Rubric.Count < RubricRows) Input.Rubric.Add(new RubricCriterionDto());
    }
}
