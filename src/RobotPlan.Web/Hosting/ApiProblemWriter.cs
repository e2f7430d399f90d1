using System.Diagnostics;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Localization;
using Microsoft.Extensions.Options;
using RobotPlan.Errors;
using RobotPlan.Localization;

namespace RobotPlan.Web.Hosting;

/// <summary>
/// API routes answer every error as coded <c>application/problem+json</c>, whatever the client accepts (text/plain,
/// text/html, XML: issue #14) — the framework's writer would stay silent for those. It also completes what the framework
/// leaves out: <c>type</c>, a localized <c>title</c>, <c>traceId</c>, and a <c>code</c> for the bare statuses written
/// by authentication, routing and the rate limiter (401, 404, 405, 429). Pages keep their HTML error pages.
/// </summary>
public sealed class ApiProblemWriter(IOptions<Microsoft.AspNetCore.Http.Json.JsonOptions> json) : IProblemDetailsWriter
{
    public const string ContentType = "application/problem+json";

    public bool CanWrite(ProblemDetailsContext context) => IsApi(context.HttpContext.Request);

    public static bool IsApi(HttpRequest request) => request.Path.StartsWithSegments("/api");

    public ValueTask WriteAsync(ProblemDetailsContext context)
    {
        var http = context.HttpContext;
        Complete(context.ProblemDetails, http);
        http.Response.ContentType = ContentType;
        return new(http.Response.WriteAsJsonAsync(context.ProblemDetails, context.ProblemDetails.GetType(), json.Value.SerializerOptions,
            ContentType, http.RequestAborted));
    }

    public static void Complete(ProblemDetails problem, HttpContext http)
    {
        var status = problem.Status ??= http.Response.StatusCode;
        problem.Type ??= status == StatusCodes.Status429TooManyRequests ? "https://tools.ietf.org/html/rfc6585#section-4"
            : $"https://tools.ietf.org/html/rfc9110#section-15.{(status >= 500 ? 6 : 5)}.{StatusSection(status)}";
        if (!problem.Extensions.ContainsKey("code")) problem.Extensions["code"] = CodeFor(status);
        var L = http.RequestServices.GetRequiredService<IStringLocalizer<RobotPlanResource>>();
        problem.Title ??= L[(string)problem.Extensions["code"]!];
        problem.Extensions["traceId"] = Activity.Current?.Id ?? http.TraceIdentifier;
    }

    private static string CodeFor(int status) => status switch
    {
        StatusCodes.Status401Unauthorized => RobotPlanErrorCodes.Unauthenticated,
        StatusCodes.Status403Forbidden => RobotPlanErrorCodes.Forbidden,
        StatusCodes.Status404NotFound => RobotPlanErrorCodes.EntityNotFound,
        StatusCodes.Status409Conflict => RobotPlanErrorCodes.ConcurrencyConflict,
        StatusCodes.Status429TooManyRequests => RobotPlanErrorCodes.TooManyRequests,
        >= 500 => RobotPlanErrorCodes.InternalError,
        _ => RobotPlanErrorCodes.ValidationFailed,
    };

    // RFC 9110 section 15.5.x (4xx) and 15.6.x (5xx).
    private static int StatusSection(int status) => status switch
    {
        400 => 1, 401 => 2, 403 => 4, 404 => 5, 405 => 6, 406 => 7, 409 => 10, 413 => 14, 415 => 16, 422 => 21,
        500 => 1, 503 => 4,
        _ => 1,
    };
}

/// <summary>ProblemDetails an action returns itself (model-state 400s, the token endpoint's 401) get the same completion.</summary>
public sealed class ApiProblemResultFilter : Microsoft.AspNetCore.Mvc.Filters.IAlwaysRunResultFilter
{
    public void OnResultExecuting(Microsoft.AspNetCore.Mvc.Filters.ResultExecutingContext context)
    {
        if (context.Result is not ObjectResult { Value: ProblemDetails problem } result || !ApiProblemWriter.IsApi(context.HttpContext.Request)) return;
        problem.Status ??= result.StatusCode;
        ApiProblemWriter.Complete(problem, context.HttpContext);
        result.ContentTypes.Clear();
        result.ContentTypes.Add(ApiProblemWriter.ContentType);
    }

    public void OnResultExecuted(Microsoft.AspNetCore.Mvc.Filters.ResultExecutedContext context) { }
}
