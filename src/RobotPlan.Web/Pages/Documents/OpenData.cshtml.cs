using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc.RazorPages;
using RobotPlan.Timing;

namespace RobotPlan.Web.Pages.Documents;

/// <summary>Where the catalogs' open data and year lists live (stable URLs), for people and for the Atom feed's link.</summary>
[AllowAnonymous]
public sealed class OpenDataModel(TimeProvider clock) : PageModel
{
    /// <summary>The work plan's years (2021–2025) and any since, newest first.</summary>
    public IReadOnlyList<int> Years { get; private set; } = [];

    public void OnGet()
    {
        var thisYear = clock.Today().Year;
        Years = Enumerable.Range(2021, Math.Max(1, thisYear - 2020)).Reverse().ToList();
    }
}
