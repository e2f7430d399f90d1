namespace RobotPlan.Web.Accounts;

/// <summary>What the sign-in pages (password, code, set-up) share.</summary>
public static class SignInPages
{
    /// <summary>The same page again with 429, Retry-After and the wait in words (a browser gets HTML, issue #14).</summary>
    public static IActionResult TooManyAttempts(this PageModel page, TimeSpan retryAfter, IStringLocalizer<RobotPlanResource> L)
    {
        var seconds = Math.Max(1, (int)Math.Ceiling(retryAfter.TotalSeconds));
        page.Response.Headers.RetryAfter = seconds.ToString(CultureInfo.InvariantCulture);
        page.ModelState.AddModelError(string.Empty, L[RobotPlanErrorCodes.TooManyRequests] + " " + L["Account:RetryAfterSeconds", seconds]);
        var result = page.Page();
        result.StatusCode = StatusCodes.Status429TooManyRequests;
        return result;
    }

    /// <summary>Where to go after signing in: a local return URL only (no open redirect).</summary>
    public static string Target(this PageModel page, string? returnUrl) => page.Url.IsLocalUrl(returnUrl) ? returnUrl : "/";

    /// <summary>"JBSW Y3DP EHPK 3PXP": the key in groups of four, easier to type into an app.</summary>
    public static string Grouped(string key) =>
        string.Join(' ', Enumerable.Range(0, (key.Length + 3) / 4).Select(i => key.Substring(i * 4, Math.Min(4, key.Length - i * 4))));
}
