using System.Reflection;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.ApplicationModels;
using Microsoft.AspNetCore.Mvc.ApiExplorer;
using Microsoft.AspNetCore.RateLimiting;

namespace RobotPlan.Conventions;

/// <summary>
/// Declares every action's responses once, from its shape, instead of attribute lists on each action (ADR 0008):
/// the success (the return type as 200, a file as binary 200 in its <c>[Produces]</c> media types or an upload's, nothing as 204)
/// and the errors it can answer as <see cref="ApiProblem"/> under <c>application/problem+json</c> —
/// 400 and 422 when it binds input, 401/403 when it needs a permission, 404 when its route names a record, 409 and
/// 422 when it writes, 429 when it is rate limited. An action's own <c>[ProducesResponseType]</c> for a status wins.
/// </summary>
[AttributeUsage(AttributeTargets.Class, Inherited = true)]
public sealed class ApiResponsesConventionAttribute : Attribute, IControllerModelConvention
{
    public const string ProblemContentType = "application/problem+json";

    public void Apply(ControllerModel controller)
    {
        foreach (var action in controller.Actions) Apply(controller, action);
    }

    private static void Apply(ControllerModel controller, ActionModel action)
    {
        // A file's [Produces] would also claim its media type for every error: it becomes the success's media types only.
        var fileTypes = action.Filters.OfType<ProducesAttribute>().SelectMany(p => p.ContentTypes).Where(t => !t.Contains("json")).ToList();
        foreach (var file in action.Filters.OfType<ProducesAttribute>().Where(p => p.ContentTypes.All(t => !t.Contains("json"))).ToList())
            action.Filters.Remove(file);
        var declared = action.Filters.OfType<ProducesResponseTypeAttribute>().Select(p => p.StatusCode).ToHashSet();
        if (Success(action, fileTypes) is { } success && !declared.Contains(success.StatusCode)) action.Filters.Add(success);
        foreach (var status in ErrorStatuses(controller, action).Where(s => !declared.Contains(s)))
            action.Filters.Add(new ProducesResponseTypeAttribute(typeof(ApiProblem), status, ProblemContentType));
    }

    private static ProducesResponseTypeAttribute? Success(ActionModel action, List<string> files)
    {
        if (files.Count > 0) return new ProducesResponseTypeAttribute(typeof(Stream), StatusCodes.Status200OK, files[0], [.. files.Skip(1)]);
        var type = Unwrap(action.ActionMethod.ReturnType);
        if (type is null) return new ProducesResponseTypeAttribute(StatusCodes.Status204NoContent);
        // A stored upload: whatever type sniffing let in (S-B).
        if (typeof(FileResult).IsAssignableFrom(type))
            return new ProducesResponseTypeAttribute(typeof(Stream), StatusCodes.Status200OK, "application/pdf", "image/png", "image/jpeg", "application/octet-stream");
        return typeof(IActionResult).IsAssignableFrom(type) ? null : new ProducesResponseTypeAttribute(type, StatusCodes.Status200OK);
    }

    /// <summary>Task&lt;T&gt;, ValueTask&lt;T&gt; and ActionResult&lt;T&gt; → T; Task and void → null.</summary>
    private static Type? Unwrap(Type type)
    {
        if (type == typeof(void) || type == typeof(Task) || type == typeof(ValueTask)) return null;
        if (type.IsGenericType && (type.GetGenericTypeDefinition() == typeof(Task<>) || type.GetGenericTypeDefinition() == typeof(ValueTask<>)
                                   || type.GetGenericTypeDefinition() == typeof(ActionResult<>)))
            return Unwrap(type.GetGenericArguments()[0]);
        return type;
    }

    private static IEnumerable<int> ErrorStatuses(ControllerModel controller, ActionModel action)
    {
        var attributes = controller.Attributes.Concat(action.Attributes).ToList();
        var methods = action.Selectors.SelectMany(s => s.ActionConstraints?.OfType<Microsoft.AspNetCore.Mvc.ActionConstraints.HttpMethodActionConstraint>()
            .SelectMany(c => c.HttpMethods) ?? []).ToHashSet(StringComparer.OrdinalIgnoreCase);
        var template = string.Join('/', controller.Selectors.Select(s => s.AttributeRouteModel?.Template)
            .Concat(action.Selectors.Select(s => s.AttributeRouteModel?.Template)));
        var takesInput = action.Parameters.Any(p => p.ParameterType != typeof(CancellationToken));
        if (takesInput) yield return StatusCodes.Status400BadRequest;
        if (!action.Attributes.OfType<IAllowAnonymous>().Any() && attributes.OfType<IAuthorizeData>().Any())
        {
            yield return StatusCodes.Status401Unauthorized;
            yield return StatusCodes.Status403Forbidden;
        }
        if (template.Contains('{')) yield return StatusCodes.Status404NotFound;
        var writes = methods.Any(m => m is not ("GET" or "HEAD"));
        if (writes) yield return StatusCodes.Status409Conflict;
        // A rule may refuse what a read is asked too (no calendar for that year).
        if (writes || takesInput) yield return StatusCodes.Status422UnprocessableEntity;
        if (attributes.OfType<EnableRateLimitingAttribute>().Any()) yield return StatusCodes.Status429TooManyRequests;
    }
}
