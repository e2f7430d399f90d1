namespace RobotPlan.Web.Pages.Account;

/// <summary>Where the cookie scheme sends a signed-in user who lacks the page's permission (answered with 403).</summary>
public sealed class AccessDeniedModel : PageModel
{
    public void OnGet() => Response.StatusCode = StatusCodes.Status403Forbidden;
}
