using System.Net;

namespace RobotPlan.Web.Hosting;

/// <summary>
/// A 429 always says when to come back (Retry-After, whole seconds); an API client gets the coded ProblemDetails,
/// a browser the error page in the layout, in its language, rather than JSON (issues #14 and #16).
/// </summary>
public static class RateLimitRejection
{
    public static async Task WriteAsync(HttpContext context, TimeSpan retryAfter, CancellationToken ct)
    {
        var response = context.Response;
        response.StatusCode = StatusCodes.Status429TooManyRequests;
        var seconds = Math.Max(1, (int)Math.Ceiling(retryAfter.TotalSeconds));
        response.Headers.RetryAfter = seconds.ToString(System.Globalization.CultureInfo.InvariantCulture);
        if (!IsApi(context.Request))
        {
            // A page's 429 has no body here: the status-code-pages middleware shows Pages/ErrorPages/Status in the
            // layout, in the visitor's language, with this Retry-After in its text (issue #16 item 4).
            return;
        }
        var problem = context.RequestServices.GetRequiredService<ErrorProblemFactory>()
            .Coded(StatusCodes.Status429TooManyRequests, RobotPlanErrorCodes.TooManyRequests);
        await response.WriteAsJsonAsync(problem, (System.Text.Json.JsonSerializerOptions?)null, "application/problem+json", ct);
    }

    public static bool IsApi(HttpRequest request) => request.Path.StartsWithSegments("/api");
}
