using Microsoft.AspNetCore.Diagnostics;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using RobotPlan.CatalogApplications;
using RobotPlan.EntityFrameworkCore;
using RobotPlan.Errors;
using RobotPlan.Localization;
using RobotPlan.SeedWork;

namespace RobotPlan.Web.Hosting;

/// <summary>Turns every error into HTTP ProblemDetails (see <see cref="ErrorProblemFactory"/>); only 500s are logged as errors.</summary>
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
/// The one place errors become HTTP (ADR 0008): the status follows the code's declared <see cref="ErrorKind"/>;
/// a field the error names becomes <c>errors</c>; a unique key taken meanwhile, on either database, is a 409.
/// </summary>
public sealed class ErrorProblemFactory(IStringLocalizer<RobotPlanResource> L)
{
    public ProblemDetails ToProblem(Exception exception) => exception switch
    {
        NotEligibleException e => NotEligible(e),
        RobotPlan.PublicNotices.DecisionBlockedException e => DecisionBlocked(e),
        RobotPlan.SubsidyClaims.ClaimNotEligibleException e => ClaimNotEligible(e),
        BusinessException e => Coded(e.Code, Text(e.Code, e.Arguments), e.Field),
        EntityNotFoundException => Coded(RobotPlanErrorCodes.EntityNotFound),
        AuthorizationException => Coded(RobotPlanErrorCodes.Forbidden),
        ConcurrencyConflictException => Coded(RobotPlanErrorCodes.ConcurrencyConflict),
        DbUpdateException e when e.IsUniqueKeyViolation() => Coded(RobotPlanErrorCodes.DuplicateKey),
        BadHttpRequestException { StatusCode: var status } => Coded(status, RobotPlanErrorCodes.ValidationFailed),
        _ => Coded(RobotPlanErrorCodes.InternalError),
    };

    /// <summary>R-13: one localized reason per failed rule, as <c>reasons: [{ rule, code, message }]</c>.</summary>
    private ProblemDetails NotEligible(NotEligibleException e)
    {
        var problem = Coded(e.Code);
        problem.Extensions["reasons"] = e.Failures
            .Select(f => new { rule = f.Rule.ToString(), code = f.ReasonCode, message = Text(f.ReasonCode) }).ToList();
        return problem;
    }

    /// <summary>R-13 at the decision: each blocked file with its reasons, as <c>files: [{ applicationId, reasons: [...] }]</c>.</summary>
    private ProblemDetails DecisionBlocked(RobotPlan.PublicNotices.DecisionBlockedException e)
    {
        var problem = Coded(e.Code, Text(e.Code, e.Arguments));
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
        var problem = Coded(e.Code);
        problem.Extensions["reasons"] = e.Failures
            .Select(f => new { rule = f.Rule.ToString(), serialNumber = f.SerialNumber, code = f.ReasonCode, message = Text(f.ReasonCode) }).ToList();
        return problem;
    }

    /// <summary>The code's kind decides the status; a named field is reported under <c>errors</c> whatever the kind.</summary>
    public ProblemDetails Coded(string code, string? title = null, string? field = null) =>
        Coded((int)ErrorKinds.Of(code), code, title, field);

    public ProblemDetails Coded(int status, string code, string? title = null, string? field = null)
    {
        title ??= Text(code);
        var problem = field is null
            ? new ProblemDetails()
            : new ValidationProblemDetails(new Dictionary<string, string[]> { [ProblemFields.JsonPath(field)] = [title] });
        problem.Status = status;
        problem.Title = title;
        problem.Extensions["code"] = code;
        return problem;
    }

    private string Text(string code, object[]? arguments = null) => arguments is { Length: > 0 } ? L[code, arguments] : L[code];
}
