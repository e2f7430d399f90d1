using System.Text.Json;
using System.Text.RegularExpressions;
using Microsoft.Playwright;

namespace RobotPlan.Web.Tests.Browser;

/// <summary>
/// Issue #16 item 3: posts every form of the page twice, once empty and once with values a person mistypes (a number
/// that is no number, an impossible date, "12345" for a phone, one letter for a text), with the page's own cookies,
/// antiforgery token and hidden fields, and reads the messages of the page that comes back. A message fails when it
/// holds a C# name ("RealName", "Input.Phone", "Indicators[0].Name"), a raw localization key ("Validation:MinLength")
/// or text of the other language (English words in zh-Hans, Chinese in en). Forms without a field a person types in
/// (a button that locks a user, signs out) are not posted, and of a page's forms of one shape (the same action and
/// fields, e.g. one rename form per row of a table) only the first.
/// </summary>
internal static partial class FormMessages
{
    public sealed record Result(int Posts, int Messages, List<string> Problems);

    private sealed record Field(string Name, string Type, string Value, bool Checked);

    private sealed record Form(string Action, bool Multipart, Field[] Fields);

    private const string FormsScript = """
        () => [...document.querySelectorAll('main form')].filter(f => f.method === 'post').map(f => {
            const submitter = f.querySelector('button[type=submit], button:not([type]), input[type=submit]')
                || (f.id ? document.querySelector(`[form="${f.id}"][type=submit]`) : null);
            return {
                action: submitter && submitter.hasAttribute('formaction') ? submitter.formAction : f.action,
                multipart: f.enctype === 'multipart/form-data',
                fields: [...f.elements].filter(e => e.name && ['INPUT', 'SELECT', 'TEXTAREA'].includes(e.tagName))
                    .map(e => ({ name: e.name, type: e.type, value: e.value, checked: !!e.checked })),
            };
        })
        """;

    private const string MessagesScript = """
        html => [...new DOMParser().parseFromString(html, 'text/html')
                .querySelectorAll('.field-validation-error, .validation-summary-errors li, .alert-danger:not(:has(li))')]
            .map(e => e.textContent.trim().replace(/\s+/g, ' ')).filter(t => t)
        """;

    private static readonly HashSet<string> Typed = ["text", "textarea", "number", "date", "datetime-local", "month", "email", "tel", "url", "password", "search", "select-one"];

    public static async Task<Result> CheckAsync(IPage page, string culture, string at)
    {
        var forms = (await page.EvaluateAsync<JsonElement>(FormsScript)).Deserialize<Form[]>(JsonSerializerOptions.Web)!
            .Where(f => f.Fields.Any(x => Typed.Contains(x.Type)))
            .DistinctBy(Shape)
            .ToList();
        var problems = new List<string>();
        var posts = 0;
        var messages = 0;
        foreach (var form in forms)
        {
            foreach (var mistyped in new[] { false, true })
            {
                var data = page.Context.APIRequest.CreateFormData();
                foreach (var field in form.Fields)
                {
                    if (field.Type is "checkbox" or "radio" && !field.Checked) continue;
                    if (field.Type is "file" or "submit" or "button") continue;
                    data.Append(field.Name, !Typed.Contains(field.Type) ? field.Value : mistyped ? Mistyped(field) : "");
                }
                var options = form.Multipart ? new APIRequestContextOptions { Multipart = data, MaxRedirects = 0 } : new APIRequestContextOptions { Form = data, MaxRedirects = 0 };
                var response = await page.Context.APIRequest.PostAsync(form.Action, options);
                posts++;
                var what = $"{at}: {(mistyped ? "mistyped" : "empty")} form to {new Uri(form.Action).PathAndQuery}";
                if (response.Status is >= 300 and < 400) continue; // accepted
                if (!(response.Headers.TryGetValue("content-type", out var type) && type.StartsWith("text/html", StringComparison.Ordinal)))
                {
                    problems.Add($"{what}: answered {response.Status} {type}, not a page with its messages");
                    continue;
                }
                if (response.Status >= 500) problems.Add($"{what}: answered {response.Status}");
                foreach (var message in await page.EvaluateAsync<string[]>(MessagesScript, await response.TextAsync()))
                {
                    messages++;
                    if (Unreadable(message, culture) is { } why) problems.Add($"{what}: \"{message}\" ({why})");
                }
            }
        }
        return new Result(posts, messages, problems);
    }

    /// <summary>The action without its ids, its page handler, and the fields' names.</summary>
    private static string Shape(Form form)
    {
        var action = new Uri(form.Action);
        var handler = action.Query.TrimStart('?').Split('&').FirstOrDefault(q => q.StartsWith("handler=", StringComparison.OrdinalIgnoreCase));
        return $"{IdSegment().Replace(action.AbsolutePath, "/{id}")} {handler} {string.Join(",", form.Fields.Select(f => f.Name))}";
    }

    /// <summary>A value a person might type by mistake, in a shape that never echoes a word back into a message.</summary>
    private static string Mistyped(Field field) => field.Type switch
    {
        "number" => "--1",
        "date" => "2026-13-45",
        "datetime-local" => "2026-13-45T25:61",
        "month" => "2026-13",
        "email" => "@",
        "tel" => "12345",
        "url" => "::",
        "select-one" => "?",
        _ => "x",
    };

    /// <summary>Why a person could not read the message, or null.</summary>
    private static string? Unreadable(string message, string culture)
    {
        if (RawKey().IsMatch(message)) return "a localization key";
        if (Identifier().IsMatch(message)) return "a C# name";
        if (culture == "en" && Chinese().IsMatch(message)) return "Chinese in English";
        if (culture != "en" && EnglishWord().IsMatch(message)) return "English in Chinese";
        return null;
    }

    [GeneratedRegex(@"/[^/]*\d[^/]*")]
    private static partial Regex IdSegment();

    [GeneratedRegex(@"\b[A-Za-z]+:[A-Za-z][A-Za-z.]*\b")]
    private static partial Regex RawKey();

    /// <summary>CamelCase ("RealName", "ProductId") or a model path ("Input.Phone", "Indicators[0].Name").</summary>
    [GeneratedRegex(@"\b[A-Z][a-z0-9]+[A-Z][A-Za-z0-9]*\b|\b[A-Za-z]+(\[\d+\])?\.[A-Za-z]+\b|\b[A-Za-z]+\[\d+\]")]
    private static partial Regex Identifier();

    [GeneratedRegex(@"[\u3400-\u9fff\u3000-\u303f\uff01-\uff5e]")]
    private static partial Regex Chinese();

    /// <summary>A word of two or more letters not all capitals (acronyms such as PDF or USCC are fine in Chinese text).</summary>
    [GeneratedRegex(@"\b(?![A-Z]+\b)[A-Za-z]{2,}\b")]
    private static partial Regex EnglishWord();
}
