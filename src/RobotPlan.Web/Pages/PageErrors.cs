using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;
using RobotPlan.Errors;
using RobotPlan.SeedWork;

namespace RobotPlan.Web.Pages;

/// <summary>
/// What a form shows for an app-service error: a coded rule next to its field (or on top), a 409 as a banner.
/// 404 and 403 are not form errors; they go on to the host's exception handler.
/// </summary>
public static class PageErrors
{
    /// <summary>Upload fields are named "Upload" on every page; other fields live under <paramref name="prefix"/>.</summary>
    public static bool TryShow(this PageModel page, Exception error, IStringLocalizer L, string prefix)
    {
        switch (error)
        {
            case BusinessException { Field: { } field } e:
                page.ModelState.AddModelError(Key(field, prefix), Text(L, e));
                return true;
            case BusinessException e:
                page.ModelState.AddModelError(string.Empty, Text(L, e));
                return true;
            case ConcurrencyConflictException:
                page.ModelState.AddModelError(string.Empty, L[RobotPlanErrorCodes.ConcurrencyConflict]);
                return true;
            default:
                return false;
        }
    }

    private static string Key(string field, string prefix) =>
        field == "file" ? "Upload" : $"{prefix}.{char.ToUpperInvariant(field[0])}{field[1..]}";

    private static string Text(IStringLocalizer L, BusinessException e) => e.Arguments.Length > 0 ? L[e.Code, e.Arguments] : L[e.Code];
}
