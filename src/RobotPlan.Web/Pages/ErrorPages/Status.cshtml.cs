namespace RobotPlan.Web.Pages.ErrorPages;

/// <summary>
/// Issue #16: a page's 403, 404, 429 or 500 is a page in the layout, in the visitor's language, not ProblemDetails
/// JSON (API routes keep theirs). The status-code pages middleware re-executes the request here with its status,
/// its method (a rate-limited sign-in is a POST, hence no antiforgery check) and its response headers (Retry-After).
/// </summary>
[IgnoreAntiforgeryToken]
public sealed class StatusModel(IStringLocalizer<RobotPlanResource> L) : PageModel
{
    private static readonly int[] Described = [400, 403, 404, 409, 422, 429, 500];

    public int Code { get; private set; }
    public string Title { get; private set; } = "";
    public string Text { get; private set; } = "";

    public void OnGet(int code) => Describe(code);

    public void OnPost(int code) => Describe(code);

    private void Describe(int code)
    {
        Code = code;
        var key = Described.Contains(code) ? code.ToString(CultureInfo.InvariantCulture) : "Other";
        Title = L["ErrorPage:Title." + key];
        Text = code == StatusCodes.Status429TooManyRequests && RetryAfterSeconds() is { } seconds
            ? L["ErrorPage:Text.429After", seconds]
            : L["ErrorPage:Text." + key];
        // Opened directly (not re-executed for an error), the page still answers with the status it describes.
        if (HttpContext.Features.Get<Microsoft.AspNetCore.Diagnostics.IStatusCodeReExecuteFeature>() is null && code is >= 400 and < 600)
            Response.StatusCode = code;
    }

    private int? RetryAfterSeconds() =>
        int.TryParse(Response.Headers.RetryAfter.ToString(), NumberStyles.None, CultureInfo.InvariantCulture, out var s) ? s : null;
}
