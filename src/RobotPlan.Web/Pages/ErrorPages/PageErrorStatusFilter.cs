using Microsoft.AspNetCore.Mvc.Filters;

namespace RobotPlan.Web.Pages.ErrorPages;

/// <summary>
/// A page handler's unhandled error answers with the status the API gives the same error (403, 404, 409, 422, 500:
/// <see cref="ErrorProblemFactory"/> decides) but without a body, so that the status-code pages show
/// <see cref="StatusModel"/> in the layout instead of ProblemDetails JSON. Registered for pages only.
/// </summary>
public sealed class PageErrorStatusFilter(ErrorProblemFactory problems, ILogger<PageErrorStatusFilter> logger) : IExceptionFilter
{
    public void OnException(ExceptionContext context)
    {
        var status = problems.ToProblem(context.Exception).Status ?? StatusCodes.Status500InternalServerError;
        if (status == StatusCodes.Status500InternalServerError)
            logger.LogError(context.Exception, "Unhandled error on page {Method} {Path}", context.HttpContext.Request.Method, context.HttpContext.Request.Path);
        context.Result = new StatusCodeResult(status);
        context.ExceptionHandled = true;
    }
}
