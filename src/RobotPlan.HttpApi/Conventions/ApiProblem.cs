namespace RobotPlan.Conventions;

/// <summary>
/// What every API error answers, as <c>application/problem+json</c> (RFC 9457, ADR 0008); documented as the
/// <c>ProblemDetails</c> schema. The host writes it; this type only describes it to clients.
/// </summary>
public sealed class ApiProblem
{
    public string? Type { get; init; }
    /// <summary>Localized by the request's language (Accept-Language, or the UI's language cookie).</summary>
    public required string Title { get; init; }
    public required int Status { get; init; }
    public string? Detail { get; init; }
    public string? Instance { get; init; }
    /// <summary>What went wrong, stable for programs: "RobotPlan:Enterprise.DuplicateUscc".</summary>
    public required string Code { get; init; }
    public string? TraceId { get; init; }
    /// <summary>Field errors keyed by the camelCase JSON path of the body or query field ("premium", "items[2].amount").</summary>
    public IDictionary<string, string[]>? Errors { get; init; }
    /// <summary>An eligibility refusal's failed rules (R-13, R-30…R-35).</summary>
    public IReadOnlyList<ApiProblemReason>? Reasons { get; init; }
}

/// <summary>One failed eligibility rule of a 422.</summary>
public sealed class ApiProblemReason
{
    public required string Rule { get; init; }
    public required string Code { get; init; }
    public required string Message { get; init; }
    /// <summary>The unit a claim's rule concerns.</summary>
    public string? SerialNumber { get; init; }
}
