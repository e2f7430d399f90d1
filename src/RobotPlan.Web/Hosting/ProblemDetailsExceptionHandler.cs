using Microsoft.AspNetCore.Diagnostics;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Localization;
using RobotPlan.CatalogApplications;
using RobotPlan.Errors;
using RobotPlan.Localization;
using RobotPlan.SeedWork;

namespace RobotPlan.Web.Hosting;

/// <summary>Turns every error into HTTP ProblemDetails (see <see cref="ErrorProblemFactory"/>); 500s are logged.</summary>
public sealed class ProblemDetailsExceptionHandler(
    IProblemDetailsService problemDetails, ErrorProblemFactory factory, ILogger<ProblemDetailsExceptionHandler> logger)
    : IExceptionHandler
{
    public async ValueTask<bool> TryHandleAsync(HttpContext context, Exception exception, CancellationToken ct)
    {
        var problem = factory.ToProblem(exception);
        if (problem.Status == StatusCodes.Status500InternalServerError)
            logger.LogError(exception, "Unhandled error on {Method} {Path}", context.Request.Method, context.Request.Path);
        context.Response.StatusCode = problem.Status!.Value;
        return await problemDetails.TryWriteAsync(new ProblemDetailsContext { HttpContext = context, ProblemDetails = problem, Exception = exception });
    }
}

/// <summary>
/// The one place errors become HTTP: coded ProblemDetails with a localized title —
/// 400 (field), 403, 404, 409 (concurrency), 422 (business rule), 500 (no details leaked).
/// </summary>
public sealed class ErrorProblemFactory(IStringLocalizer<RobotPlanResource> L)
{
    public ProblemDetails ToProblem(Exception exception) => exception switch
    {
        NotEligibleException e => NotEligible(e),
        RobotPlan.PublicNotices.DecisionBlockedException e => DecisionBlocked(e),
        RobotPlan.SubsidyClaims.ClaimNotEligibleException e => ClaimNotEligible(e),
        BusinessException { Field: { } field } e => Validation(field, e.Code, Text(e.Code, e.Arguments)),
        BusinessException e => Coded(StatusCodes.Status422UnprocessableEntity, e.Code, Text(e.Code, e.Arguments)),
        EntityNotFoundException => Coded(StatusCodes.Status404NotFound, RobotPlanErrorCodes.EntityNotFound, Text(RobotPlanErrorCodes.EntityNotFound)),
        AuthorizationException => Coded(StatusCodes.Status403Forbidden, RobotPlanErrorCodes.Forbidden, Text(RobotPlanErrorCodes.Forbidden)),
        ConcurrencyConflictException => Coded(StatusCodes.Status409Conflict, RobotPlanErrorCodes.ConcurrencyConflict, Text(RobotPlanErrorCodes.ConcurrencyConflict)),
        BadHttpRequestException { StatusCode: var status } => Coded(status, RobotPlanErrorCodes.ValidationFailed, Text(RobotPlanErrorCodes.ValidationFailed)),
        _ => Coded(StatusCodes.Status500InternalServerError, RobotPlanErrorCodes.InternalError, Text(RobotPlanErrorCodes.InternalError)),
    };

    private ValidationProblemDetails Validation(string field, string code, string message)
    {
        var problem = new ValidationProblemDetails(new Dictionary<string, string[]> { [field] = [message] })
        {
            Status = StatusCodes.Status400BadRequest,
            Title = message,
        };
        problem.Extensions["code"] = code;
        return problem;
    }

    /// <summary>R-13: one localized reason per failed rule, as <c>reasons: [{ rule, code, message }]</c>.</summary>
    private ProblemDetails NotEligible(NotEligibleException e)
    {
        var problem = Coded(StatusCodes.Status422UnprocessableEntity, e.Code);
        problem.Extensions["reasons"] = e.Failures
            .Select(f => new { rule = f.Rule.ToString(), code = f.ReasonCode, message = Text(f.ReasonCode) }).ToList();
        return problem;
    }

    /// <summary>R-13 at the decision: each blocked file with its reasons, as <c>files: [{ applicationId, reasons: [...] }]</c>.</summary>
    private ProblemDetails DecisionBlocked(RobotPlan.PublicNotices.DecisionBlockedException e)
    {
        var problem = Coded(StatusCodes.Status422UnprocessableEntity, e.Code, Text(e.Code, e.Arguments));
        problem.Extensions["files"] = e.Blocked.Select(b => new
        {
            applicationId = b.ApplicationId,
            reasons = b.Failures.Select(f => new { rule = f.Rule.ToString(), code = f.ReasonCode, message = Text(f.ReasonCode) }).ToList(),
        }).ToList();
        return problem;
    }

    /// <summary>R-30…R-35: one localized reason per failed rule, with the unit it concerns.</summary>
    private ProblemDetails ClaimNotEligible(RobotPlan.SubsidyClaims.ClaimNotEligibleException e)
    {
        var problem = Coded(StatusCodes.Status422UnprocessableEntity, e.Code);
        problem.Extensions["reasons"] = e.Failures
            .Select(f => new { rule = f.Rule.ToString(), serialNumber = f.SerialNumber, code = f.ReasonCode, message = Text(f.ReasonCode) }).ToList();
        return problem;
    }

    public ProblemDetails Coded(int status, string code, string? title = null)
    {
        var problem = new ProblemDetails { Status = status, Title = title ?? Text(code) };
        problem.Extensions["code"] = code;
        return problem;
    }

    private string Text(string code, object[]? arguments = null) => arguments is { Length: > 0 } ? L[code, arguments] : L[code];
}
