using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.Extensions.Localization;
using RobotPlan.Localization;
using RobotPlan.CatalogListings;
using RobotPlan.SavedSearches;
using RobotPlan.Web.Hosting;

namespace RobotPlan.Web.Pages.SavedSearches;

/// <summary>Save the current buyer search under an e-mail address (no login); a confirmation mail goes out.</summary>
[AllowAnonymous]
[EnableRateLimiting(RateLimitSetup.PublicSearch)]
public sealed class NewModel(ISavedSearchAppService savedSearches, IStringLocalizer<RobotPlanResource> L) : PageModel
{
    [BindProperty] public CreateSavedSearchDto Input { get; set; } = new();
    [BindProperty(SupportsGet = true)] public string? Keyword { get; set; }
    [BindProperty(SupportsGet = true)] public CatalogKind? Catalog { get; set; }
    [BindProperty(SupportsGet = true)] public string? Category { get; set; }
    [BindProperty(SupportsGet = true)] public Guid? Jurisdiction { get; set; }

    public string? SavedTo { get; private set; }

    public void OnGet()
    {
        ModelState.Clear();
        Input = new CreateSavedSearchDto { Keyword = Keyword, Catalog = Catalog, Category = Category, Jurisdiction = Jurisdiction };
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        if (!ModelState.IsValid) return Page();
        try
        {
            SavedTo = (await savedSearches.CreateAsync(Input, ct)).Email;
        }
        catch (Exception e) when (this.TryShow(e, L, "Input"))
        {
        }
        return Page();
    }
}
