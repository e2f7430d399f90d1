using System.Collections.Frozen;
using System.Reflection;

namespace RobotPlan.Errors;

/// <summary>
/// What an error code tells a client went wrong, and so its HTTP status (ADR 0008). Declared on each code with
/// <see cref="OfKindAttribute"/>; a code without one is a <see cref="Rule"/>, the most common kind.
/// </summary>
public enum ErrorKind
{
    /// <summary>400: the request itself is malformed, or a field is invalid on its own (or names nothing the caller may use).</summary>
    Invalid = 400,
    /// <summary>401: no valid credentials.</summary>
    Unauthenticated = 401,
    /// <summary>403: the caller lacks the permission.</summary>
    Forbidden = 403,
    /// <summary>404: the addressed record does not exist, or the caller may not know it does.</summary>
    NotFound = 404,
    /// <summary>409: the request conflicts with the data's current state (a stale stamp, a taken unique key, a racing act).</summary>
    Conflict = 409,
    /// <summary>422: a business rule refuses a well-formed request.</summary>
    Rule = 422,
    /// <summary>429: too many requests from this client; <c>Retry-After</c> says when to try again.</summary>
    TooManyRequests = 429,
    /// <summary>500: nothing a client caused.</summary>
    Internal = 500,
}

[AttributeUsage(AttributeTargets.Field)]
public sealed class OfKindAttribute(ErrorKind kind) : Attribute
{
    public ErrorKind Kind { get; } = kind;
}

/// <summary>Reads the declared kinds once, from every code constant of this assembly.</summary>
public static class ErrorKinds
{
    private const string IdentityPrefix = "Identity:";

    private static readonly FrozenDictionary<string, ErrorKind> Declared = typeof(ErrorKinds).Assembly.GetTypes()
        .SelectMany(t => t.GetFields(BindingFlags.Public | BindingFlags.Static))
        .Where(f => f is { IsLiteral: true } && f.FieldType == typeof(string) && f.GetCustomAttribute<OfKindAttribute>() is not null)
        .ToFrozenDictionary(f => (string)f.GetRawConstantValue()!, f => f.GetCustomAttribute<OfKindAttribute>()!.Kind);

    public static ErrorKind Of(string code) =>
        Declared.TryGetValue(code, out var kind) ? kind
        // ASP.NET Core Identity's own codes: a taken user name or e-mail is a conflict, the rest (password rules) invalid input.
        : code.StartsWith(IdentityPrefix, StringComparison.Ordinal)
            ? code.StartsWith(IdentityPrefix + "Duplicate", StringComparison.Ordinal) ? ErrorKind.Conflict : ErrorKind.Invalid
        : ErrorKind.Rule;

    /// <summary>Every code that declares a kind (for tests and the ADR's table).</summary>
    public static IReadOnlyDictionary<string, ErrorKind> All => Declared;
}
