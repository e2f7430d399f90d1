namespace RobotPlan.AuditLogging;

public sealed record AuditLogDto(
    Guid Id, DateTime ExecutionTime, int DurationMs, Guid? UserId, string? UserName, string? ClientIp, string HttpMethod,
    string Url, int StatusCode, string? CorrelationId, string? Exception, IReadOnlyList<EntityChangeDto> EntityChanges);

/// <summary><see cref="PropertyChanges"/> is the stored JSON array of { name, original, new }.</summary>
public sealed record EntityChangeDto(string EntityType, string EntityId, string ChangeType, string PropertyChanges);

public sealed class GetAuditLogsInput
{
    [Range(0, int.MaxValue)]
    public int SkipCount { get; set; }

    [Range(1, 200)]
    public int MaxResultCount { get; set; } = 20;

    [StringLength(256)]
    public string? UserName { get; set; }

    [StringLength(16), RegularExpression("^[A-Za-z]+$")]
    public string? HttpMethod { get; set; }

    [Range(100, 599)]
    public int? StatusCode { get; set; }
}
