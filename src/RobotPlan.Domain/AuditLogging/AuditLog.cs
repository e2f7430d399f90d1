namespace RobotPlan.AuditLogging;

/// <summary>One request: who, when, what, how it ended, and which entities it changed. Written even when the request fails.</summary>
public class AuditLog
{
    public Guid Id { get; set; } = Guid.CreateVersion7();
    public DateTime ExecutionTime { get; set; }
    public int DurationMs { get; set; }
    public Guid? UserId { get; set; }
    public string? UserName { get; set; }
    public string? ClientIp { get; set; }
    public string HttpMethod { get; set; } = null!;
    public string Url { get; set; } = null!;
    public int StatusCode { get; set; }
    public string? CorrelationId { get; set; }
    public string? Exception { get; set; }
    public List<EntityChange> EntityChanges { get; set; } = [];
}

/// <summary>A saved change to one entity, with the old and new value of each changed property (JSON).</summary>
public class EntityChange
{
    public Guid Id { get; set; } = Guid.CreateVersion7();
    public Guid AuditLogId { get; set; }
    public string EntityType { get; set; } = null!;
    public string EntityId { get; set; } = null!;
    public string ChangeType { get; set; } = null!;
    public string PropertyChanges { get; set; } = "[]";
}
