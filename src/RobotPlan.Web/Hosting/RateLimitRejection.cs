using System.Net;
using Microsoft.Extensions.Localization;
using RobotPlan.Errors;
using RobotPlan.Localization;

namespace RobotPlan.Web.Hosting;

/// <summary>
/// A 429 always says when to come back (Retry-After, whole seconds); an API client gets the coded ProblemDetails,
/// a browser an HTML page in its language rather than JSON (issue #14).
/// </summary>
public static class RateLimitRejection
{
    public static async Task WriteAsync(HttpContext context, TimeSpan retryAfter, CancellationToken ct)
    {
        var response = context.Response;
        response.StatusCode = StatusCodes.Status429TooManyRequests;
        var seconds = Math.Max(1, (int)Math.Ceiling(retryAfter.TotalSeconds));
        response.Headers.RetryAfter = seconds.ToString(System.Globalization.CultureInfo.InvariantCulture);
        var L = context.RequestServices.GetRequiredService<IStringLocalizer<RobotPlanResource>>();
        if (IsApi(context.Request))
        {
            var problem = context.RequestServices.GetRequiredService<ErrorProblemFactory>()
                .Coded(StatusCodes.Status429TooManyRequests, RobotPlanErrorCodes.TooManyRequests);
            await response.WriteAsJsonAsync(problem, (System.Text.Json.JsonSerializerOptions?)null, "application/problem+json", ct);
            return;
        }
        response.ContentType = "text/html; charset=utf-8";
        var title = WebUtility.HtmlEncode(L[RobotPlanErrorCodes.TooManyRequests]);
        var text = WebUtility.HtmlEncode(L["Account:RetryAfterSeconds", seconds]);
        await response.WriteAsync($"""
            <!DOCTYPE html>
            <html lang="{WebUtility.HtmlEncode(System.Globalization.CultureInfo.CurrentUICulture.Name)}"><head><meta charset="utf-8">
            <meta name="viewport" content="width=device-width, initial-scale=1"><title>{title}</title>
            <link rel="stylesheet" href="/libs/bootstrap/css/bootstrap.min.css"></head>
            <body class="container py-5"><h1 class="h3">{title}</h1><p>{text}</p><p><a href="/">RobotPlan</a></p></body></html>
            """, ct);
    }

    public static bool IsApi(HttpRequest request) => request.Path.StartsWithSegments("/api");
}
