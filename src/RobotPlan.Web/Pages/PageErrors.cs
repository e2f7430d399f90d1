using Microsoft.AspNetCore.Mvc.ModelBinding;

namespace RobotPlan.Web.Pages;

/// <summary>Pages show the same coded, localized errors the API answers, next to the field they name.</summary>
public static class PageErrors
{
    /// <summary>
    /// Adds the error under the form field for the app service's field name ("contact.email" → "Input.Contact.Email"),
    /// or under the whole form; <paramref name="fieldMap"/> renames fields of flattened page inputs.
    /// </summary>
    public static void Add(this ModelStateDictionary modelState, Exception error, IStringLocalizer L,
        IReadOnlyDictionary<string, string>? fieldMap = null, string prefix = "Input")
    {
        var (field, message) = error switch
        {
            BusinessException e => (e.Field, e.Arguments.Length > 0 ? L[e.Code, e.Arguments].Value : L[e.Code].Value),
            ConcurrencyConflictException => (null, L[RobotPlanErrorCodes.ConcurrencyConflict].Value),
            EntityNotFoundException => (null, L[RobotPlanErrorCodes.EntityNotFound].Value),
            _ => throw new InvalidOperationException("Not a user-facing error.", error),
        };
        var key = field is null ? string.Empty
            : fieldMap?.GetValueOrDefault(field) ?? prefix + "." + string.Join('.', field.Split('.').Select(Pascal));
        modelState.AddModelError(key, message);
    }

    /// <summary>The errors a page turns into a message instead of an error page.</summary>
    public static bool IsUserFacing(Exception error) =>
        error is BusinessException or ConcurrencyConflictException or EntityNotFoundException;

    /// <summary>
    /// For forms whose fields live under <paramref name="prefix"/> and whose upload input is named "Upload":
    /// shows a business rule or a 409 on the form; 404 and 403 go on to the host's error handling.
    /// </summary>
    public static bool TryShow(this PageModel page, Exception error, IStringLocalizer L, string prefix)
    {
        if (error is not (BusinessException or ConcurrencyConflictException)) return false;
        page.ModelState.Add(error, L, UploadField, prefix);
        return true;
    }

    /// <summary>
    /// A row form's save on a page of several forms: on success the saved message and back to the page (post-redirect-get);
    /// on a user-facing error the page again, reloaded by <paramref name="reload"/>, with the error shown.
    /// </summary>
    public static async Task<IActionResult> SaveOrShowAsync(this PageModel page, Func<Task> save, IStringLocalizer L, Func<Task> reload)
    {
        if (page.ModelState.IsValid)
        {
            try
            {
                await save();
                page.TempData["Message"] = L["Common:Saved"].Value;
                return page.RedirectToPage();
            }
            catch (Exception e) when (IsUserFacing(e))
            {
                page.ModelState.Add(e, L, new Dictionary<string, string>());
            }
        }
        await reload();
        return page.Page();
    }

    /// <summary>Several forms on one page: only the posted one's fields (named under <paramref name="form"/>) are validated.</summary>
    public static void KeepOnlyForm(this ModelStateDictionary modelState, string form)
    {
        foreach (var key in modelState.Keys.Where(k => !k.StartsWith(form + ".", StringComparison.Ordinal)).ToList()) modelState.Remove(key);
    }

    /// <summary>
    /// One of a page's decision forms (verify / reject, transfer / dismiss): on success the <paramref name="done"/> message
    /// and back to the list; on a refusal or a 409 the page again, reloaded by <paramref name="reload"/>, the error on that form.
    /// </summary>
    public static async Task<IActionResult> DecideOrShowAsync(this PageModel page, string form, Func<Task> decide, string done,
        IStringLocalizer L, Func<Task> reload)
    {
        page.ModelState.KeepOnlyForm(form);
        if (page.ModelState.IsValid)
        {
            try
            {
                await decide();
                page.TempData["Message"] = L[done].Value;
                return page.RedirectToPage("Index");
            }
            catch (Exception e) when (page.TryShow(e, L, form))
            {
            }
        }
        await reload();
        return page.Page();
    }

    private static readonly Dictionary<string, string> UploadField = new() { ["file"] = "Upload" };

    private static string Pascal(string name) => name.Length == 0 ? name : char.ToUpperInvariant(name[0]) + name[1..];
}
