using System.Collections;
using System.Reflection;
using System.Text;
using System.Text.Json.Nodes;
using System.Text.Json.Serialization;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc.Controllers;
using Microsoft.AspNetCore.Mvc.ModelBinding;

namespace RobotPlan.Web.Tests.BadInput;

/// <summary>
/// One bad request of the sweep. <see cref="MustReject"/>: the input can never be valid (not JSON, wrong type, 1 MB
/// string, unknown enum, impossible date or one outside 1900–2100, a route value that is no id), so a 2xx is a finding too;
/// otherwise (search operators and quotes in a GET's query) any answer but a 500 is fine.
/// </summary>
public sealed record SweepRequest(string Endpoint, string Kind, bool MustReject, string Method, string Url, Func<HttpContent?> Content)
{
    public override string ToString() => $"{Endpoint} [{Kind}] {Method} {(Url.Length > 160 ? Url[..160] + "…" : Url)}";
}

/// <summary>The request the matrix knows to be valid for an endpoint, which each variant spoils in one place.</summary>
public sealed record ValidRequest(string Url, string? Json, IReadOnlyList<(string Name, string? Text, byte[]? File, string? FileName)>? Form);

/// <summary>Builds the bad variants of one endpoint from its action's parameters (route, query, JSON body, form).</summary>
public static class SweepVariants
{
    public static readonly string Huge = new('长', 1_000_000 / 3); // ≈ 1 MB of UTF-8
    private static readonly string LongInUrl = new('x', 10_000);

    private static readonly string[] SearchTexts =
        ["' OR 1=1 --", "\"机器人\" AND NOT 焊接*", "%_\\[]^$", "a\" OR \"\"=\"", "-- ; DROP TABLE x", "(((", "*?~:!", LongInUrl];

    private enum Kind { Text, Guid, Enum, DateTime, DateOnly, Bool, Integer, Number, List, Object, Other }

    public static IEnumerable<SweepRequest> For(string method, string template, ControllerActionDescriptor action, ValidRequest valid, bool withHuge)
    {
        var name = $"{method} /{template}";
        var isGet = method is "GET" or "HEAD";
        var parameters = action.Parameters.Where(p => p.BindingInfo?.BindingSource is not null).ToList();
        HttpContent? ValidBody() => valid.Json is not null ? Json(valid.Json) : valid.Form is not null ? Form(valid.Form, null, null) : null;

        // Route values: anything that is not what the route expects.
        var templateParts = template.Split('/');
        var urlPath = valid.Url.Split('?')[0];
        var urlQuery = valid.Url.Contains('?') ? valid.Url[valid.Url.IndexOf('?')..] : "";
        var urlParts = urlPath.TrimStart('/').Split('/');
        for (var i = 0; i < templateParts.Length && i < urlParts.Length; i++)
        {
            if (!templateParts[i].StartsWith('{')) continue;
            foreach (var bad in new[] { "not-a-guid", "00000000-0000-0000-0000-00000000000g", Uri.EscapeDataString("' OR 1=1 --"), LongInUrl })
            {
                var parts = (string[])urlParts.Clone();
                parts[i] = bad;
                yield return new(name, $"route {templateParts[i]}={Short(bad)}", true, method, "/" + string.Join('/', parts) + urlQuery, ValidBody);
            }
        }

        // Query values, one at a time, the others as the valid request has them.
        foreach (var (field, type) in QueryFields(parameters))
            foreach (var (value, mustReject) in QueryValues(type))
            {
                if (!isGet && !mustReject) continue; // a valid-but-odd value would let a write through
                yield return new(name, $"query {field}={Short(value)}", mustReject, method, WithQuery(valid.Url, field, value), ValidBody);
            }

        // JSON body: not JSON at all, then each property (nested ones too) spoiled in turn.
        var body = parameters.FirstOrDefault(p => p.BindingInfo!.BindingSource == BindingSource.Body);
        if (body is not null)
        {
            // An empty body is valid where the action declares its body optional (e.g. a comment-only action): left out there.
            var emptyAllowed = body is ControllerParameterDescriptor { ParameterInfo: var info }
                && new NullabilityInfoContext().Create(info).WriteState == NullabilityState.Nullable;
            foreach (var raw in new[] { "{ nope", "[1, 2", "\"a string\"", "{\"a\": }", "" }.Where(r => r != "" || !emptyAllowed))
                yield return new(name, $"body not JSON: {Short(raw)}", true, method, valid.Url, () => Json(raw));
            foreach (var (path, type) in Properties(body.ParameterType, depth: 0))
                foreach (var (value, mustReject) in JsonValues(type, withHuge))
                    yield return new(name, $"body {string.Join('.', path)}={Short(value?.ToJsonString() ?? "null")}", mustReject, method, valid.Url,
                        () => Json(Spoil(valid.Json, path, value)));
        }

        // Form fields (multipart uploads): each text field spoiled in turn; the file stays.
        var formFields = FormFields(parameters).ToList();
        if (formFields.Count > 0)
            foreach (var (field, type) in formFields)
                foreach (var (value, _) in QueryValues(type).Where(v => v.MustReject)
                             .Concat(withHuge && Classify(type) == Kind.Text ? [(Huge, true)] : []))
                    yield return new(name, $"form {field}={Short(value)}", true, method, valid.Url,
                        () => Form(valid.Form ?? [], field, value));
    }

    private static string Short(string s) => s.Length > 24 ? s[..24] + $"…({s.Length})" : s;

    private static HttpContent Json(string raw) => new StringContent(raw, Encoding.UTF8, "application/json");

    private static MultipartFormDataContent Form(IReadOnlyList<(string Name, string? Text, byte[]? File, string? FileName)> parts, string? field, string? value)
    {
        var form = new MultipartFormDataContent();
        var replaced = false;
        foreach (var part in parts)
        {
            if (part.File is not null)
            {
                var file = new ByteArrayContent(part.File);
                file.Headers.ContentType = new System.Net.Http.Headers.MediaTypeHeaderValue("application/octet-stream");
                form.Add(file, part.Name, part.FileName ?? "f.bin");
            }
            else if (field is not null && part.Name.Equals(field, StringComparison.OrdinalIgnoreCase))
            {
                form.Add(new StringContent(value ?? ""), part.Name);
                replaced = true;
            }
            else form.Add(new StringContent(part.Text ?? ""), part.Name);
        }
        if (field is not null && !replaced) form.Add(new StringContent(value ?? ""), field);
        return form;
    }

    private static string WithQuery(string url, string field, string value)
    {
        var path = url.Split('?')[0];
        var query = url.Contains('?') ? url[(url.IndexOf('?') + 1)..].Split('&', StringSplitOptions.RemoveEmptyEntries)
            .Where(p => !p.Split('=')[0].Equals(field, StringComparison.OrdinalIgnoreCase)) : [];
        return path + "?" + string.Join('&', query.Append($"{field}={Uri.EscapeDataString(value)}"));
    }

    private static IEnumerable<(string Field, Type Type)> QueryFields(List<Microsoft.AspNetCore.Mvc.Abstractions.ParameterDescriptor> parameters)
    {
        foreach (var p in parameters.Where(p => p.BindingInfo!.BindingSource == BindingSource.Query))
        {
            if (Classify(p.ParameterType) is Kind.Object)
                foreach (var prop in p.ParameterType.GetProperties(BindingFlags.Public | BindingFlags.Instance).Where(x => x.CanWrite))
                    yield return (Camel(prop.Name), prop.PropertyType);
            else yield return (p.BindingInfo!.BinderModelName ?? p.Name, p.ParameterType);
        }
    }

    private static IEnumerable<(string Field, Type Type)> FormFields(List<Microsoft.AspNetCore.Mvc.Abstractions.ParameterDescriptor> parameters)
    {
        foreach (var p in parameters.Where(p => p.BindingInfo!.BindingSource == BindingSource.Form))
        {
            if (typeof(IFormFile).IsAssignableFrom(p.ParameterType) || typeof(IFormFileCollection).IsAssignableFrom(p.ParameterType)) continue;
            if (Classify(p.ParameterType) is Kind.Object)
            {
                foreach (var prop in p.ParameterType.GetProperties(BindingFlags.Public | BindingFlags.Instance).Where(x => x.CanWrite))
                    if (!typeof(IFormFile).IsAssignableFrom(prop.PropertyType)) yield return (Camel(prop.Name), prop.PropertyType);
            }
            else yield return (p.BindingInfo!.BinderModelName ?? p.Name, p.ParameterType);
        }
    }

    private static IEnumerable<(string Value, bool MustReject)> QueryValues(Type type) => Classify(type) switch
    {
        Kind.Text => SearchTexts.Select(s => (s, false)),
        Kind.Guid => [("not-a-guid", true), ("' OR 1=1 --", true)],
        Kind.Enum => [("Bogus", true), ("9999", true), ("' OR 1=1 --", true)],
        Kind.DateTime or Kind.DateOnly => [("2025-13-45", true), ("0001-01-01", true), ("9999-12-31", true), ("yesterday", true)],
        Kind.Bool => [("maybe", true)],
        Kind.Integer => [("abc", true), ("99999999999999999999", true), ("1 OR 1=1", true)],
        Kind.Number => [("abc", true), ("1e400", true)],
        _ => [("' OR 1=1 --", false)],
    };

    private static IEnumerable<(JsonNode? Value, bool MustReject)> JsonValues(Type type, bool withHuge)
    {
        switch (Classify(type))
        {
            case Kind.Text:
                yield return (JsonValue.Create(12345), true);
                yield return (new JsonObject(), true);
                if (withHuge) yield return (JsonValue.Create(Huge), true);
                break;
            case Kind.Guid:
                yield return (JsonValue.Create("not-a-guid"), true);
                yield return (JsonValue.Create(42), true);
                break;
            case Kind.Enum:
                yield return (JsonValue.Create("Bogus"), true);
                yield return (JsonValue.Create(9999), true);
                break;
            case Kind.DateTime:
                yield return (JsonValue.Create("2025-13-45T00:00:00"), true);
                yield return (JsonValue.Create("0001-01-01T00:00:00"), true);
                yield return (JsonValue.Create("9999-12-31T23:59:59"), true);
                yield return (JsonValue.Create(20250101), true);
                break;
            case Kind.DateOnly:
                yield return (JsonValue.Create("2025-13-45"), true);
                yield return (JsonValue.Create("0001-01-01"), true);
                yield return (JsonValue.Create("9999-12-31"), true);
                break;
            case Kind.Bool:
                yield return (JsonValue.Create("maybe"), true);
                break;
            case Kind.Integer:
                yield return (JsonValue.Create("abc"), true);
                yield return (JsonNode.Parse("1e30"), true);
                break;
            case Kind.Number:
                yield return (JsonValue.Create("abc"), true);
                yield return (JsonNode.Parse("1e30"), true);
                break;
            case Kind.List:
                yield return (JsonValue.Create("not-a-list"), true);
                break;
            case Kind.Object:
                yield return (JsonValue.Create("not-an-object"), true);
                break;
        }
    }

    /// <summary>Each property path of a DTO, nested objects and list elements ("[0]") included, three levels deep.</summary>
    private static IEnumerable<(string[] Path, Type Type)> Properties(Type type, int depth)
    {
        if (depth > 2) yield break;
        foreach (var prop in type.GetProperties(BindingFlags.Public | BindingFlags.Instance).Where(p => p.CanWrite || IsInitOrRecord(p)))
        {
            if (prop.GetCustomAttribute<JsonIgnoreAttribute>() is not null) continue;
            var name = prop.GetCustomAttribute<JsonPropertyNameAttribute>()?.Name ?? Camel(prop.Name);
            yield return ([name], prop.PropertyType);
            var kind = Classify(prop.PropertyType);
            if (kind == Kind.Object)
                foreach (var (path, t) in Properties(Unwrap(prop.PropertyType), depth + 1)) yield return ([name, .. path], t);
            if (kind == Kind.List && ElementType(prop.PropertyType) is { } element)
            {
                yield return ([name, "[0]"], element);
                if (Classify(element) == Kind.Object)
                    foreach (var (path, t) in Properties(element, depth + 1)) yield return ([name, "[0]", .. path], t);
            }
        }
    }

    private static bool IsInitOrRecord(PropertyInfo p) => p.SetMethod is not null;

    /// <summary>The valid JSON with the value at <paramref name="path"/> replaced (missing objects and lists created).</summary>
    private static string Spoil(string? validJson, string[] path, JsonNode? value)
    {
        var root = (string.IsNullOrWhiteSpace(validJson) ? null : JsonNode.Parse(validJson)) as JsonObject ?? new JsonObject();
        JsonNode node = root;
        for (var i = 0; i < path.Length; i++)
        {
            var last = i == path.Length - 1;
            var nextIsIndex = !last && path[i + 1] == "[0]";
            if (path[i] == "[0]")
            {
                var array = (JsonArray)node;
                if (last) { if (array.Count > 0) array[0] = value?.DeepClone(); else array.Add(value?.DeepClone()); break; }
                if (array.Count == 0 || array[0] is not JsonObject) { if (array.Count > 0) array.RemoveAt(0); array.Insert(0, new JsonObject()); }
                node = array[0]!;
                continue;
            }
            var obj = (JsonObject)node;
            var key = obj.Select(p => p.Key).FirstOrDefault(k => k.Equals(path[i], StringComparison.OrdinalIgnoreCase)) ?? path[i];
            if (last) { obj[key] = value?.DeepClone(); break; }
            var existing = obj[key];
            if (nextIsIndex && existing is not JsonArray) obj[key] = existing = new JsonArray();
            if (!nextIsIndex && existing is not JsonObject) obj[key] = existing = new JsonObject();
            node = existing!;
        }
        return root.ToJsonString();
    }

    private static Type Unwrap(Type t) => Nullable.GetUnderlyingType(t) ?? t;

    private static Type? ElementType(Type t) =>
        t.IsArray ? t.GetElementType() : t.GetInterfaces().Append(t).FirstOrDefault(i => i.IsGenericType && i.GetGenericTypeDefinition() == typeof(IEnumerable<>))?.GetGenericArguments()[0];

    private static Kind Classify(Type type)
    {
        var t = Unwrap(type);
        if (t == typeof(string)) return Kind.Text;
        if (t == typeof(Guid)) return Kind.Guid;
        if (t.IsEnum) return Kind.Enum;
        if (t == typeof(DateTime) || t == typeof(DateTimeOffset)) return Kind.DateTime;
        if (t == typeof(DateOnly)) return Kind.DateOnly;
        if (t == typeof(bool)) return Kind.Bool;
        if (t == typeof(int) || t == typeof(long) || t == typeof(short) || t == typeof(byte)) return Kind.Integer;
        if (t == typeof(decimal) || t == typeof(double) || t == typeof(float)) return Kind.Number;
        if (typeof(IEnumerable).IsAssignableFrom(t)) return Kind.List;
        if (t.IsClass && t.Namespace?.StartsWith("RobotPlan", StringComparison.Ordinal) == true) return Kind.Object;
        return Kind.Other;
    }

    private static string Camel(string name) => char.ToLowerInvariant(name[0]) + name[1..];
}
