using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Localization;
using RobotPlan.Errors;
using RobotPlan.Localization;

namespace RobotPlan.Web.Hosting;

/// <summary>Model binding/validation failures (malformed JSON, wrong types, too long, unknown enum) → 400 naming each field.</summary>
internal static class InvalidModelStateProblem
{
    public static IActionResult Create(ActionContext context)
    {
        var L = context.HttpContext.RequestServices.GetRequiredService<IStringLocalizer<RobotPlanResource>>();
        var problem = new ValidationProblemDetails(context.ModelState)
        {
            Status = StatusCodes.Status400BadRequest,
            Title = L[RobotPlanErrorCodes.ValidationFailed],
        };
        problem.Extensions["code"] = RobotPlanErrorCodes.ValidationFailed;
        problem.Extensions["traceId"] = context.HttpContext.TraceIdentifier;
        return new BadRequestObjectResult(problem) { ContentTypes = { "application/problem+json" } };
    }
}
