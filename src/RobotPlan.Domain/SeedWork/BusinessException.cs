namespace RobotPlan.SeedWork;

/// <summary>
/// A broken business rule, identified by a code ("RobotPlan:Enterprise.DuplicateUscc") whose text is localized.
/// Becomes a 422 ProblemDetails with the code; <see cref="Field"/> turns it into a 400 naming that field.
/// </summary>
public class BusinessException(string code, string? field = null, params object[] arguments)
    : Exception(code)
{
    public string Code { get; } = code;
    public string? Field { get; } = field;
    public object[] Arguments { get; } = arguments;
}

/// <summary>The entity does not exist, or the caller is not entitled to know it does (both answer 404).</summary>
public class EntityNotFoundException(Type entityType, object? id = null)
    : Exception($"{entityType.Name} {id} was not found.")
{
    public Type EntityType { get; } = entityType;
}

/// <summary>The caller lacks a permission (403).</summary>
public class AuthorizationException(string permission) : Exception($"Permission {permission} is required.")
{
    public string Permission { get; } = permission;
}

/// <summary>Someone else saved the entity after the caller read it (409).</summary>
public class ConcurrencyConflictException(string message = "The record was changed by someone else.") : Exception(message);
