using Microsoft.AspNetCore.Mvc.RazorPages;

namespace RobotPlan.Web.Pages;

public sealed class IndexModel : PageModel
{
    public void OnGet()
    {
    }
}
