using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.ModelBinding;
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
        var problem = new ValidationProblemDetails(Errors(context, L[RobotPlanErrorCodes.ValueUnreadable]))
        {
            Status = StatusCodes.Status400BadRequest,
            Title = L[RobotPlanErrorCodes.ValidationFailed],
        };
        problem.Extensions["code"] = RobotPlanErrorCodes.ValidationFailed;
        return new BadRequestObjectResult(problem) { ContentTypes = { ApiProblemWriter.ContentType } };
    }

    /// <summary>
    /// JSON paths for keys; the body parameter's own entry ("input: the input field is required"), which MVC adds beside
    /// the real error when the JSON cannot be read, is dropped when a field error says what was wrong. A JSON reading error
    /// has no message of its own (the parser's is not shown to clients): it gets <paramref name="unreadable"/>.
    /// </summary>
    private static Dictionary<string, string[]> Errors(ActionContext context, string unreadable)
    {
        var bodyNames = context.ActionDescriptor.Parameters
            .Where(p => p.BindingInfo?.BindingSource == BindingSource.Body)
            .Select(p => p.Name).ToHashSet(StringComparer.OrdinalIgnoreCase);
        var entries = context.ModelState.Where(e => e.Value is { Errors.Count: > 0 }).ToList();
        if (entries.Any(e => !bodyNames.Contains(e.Key))) entries.RemoveAll(e => bodyNames.Contains(e.Key));
        return entries
            .GroupBy(e => ProblemFields.JsonPath(e.Key))
            .ToDictionary(g => g.Key, g => g.SelectMany(e => e.Value!.Errors).Select(e => e.ErrorMessage is { Length: > 0 } message ? message : unreadable).Distinct().ToArray());
    }
}
