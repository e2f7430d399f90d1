namespace RobotPlan.AuditLogging;

/// <summary>
/// Marks a read that the audit log records like a change: reading an applicant's files (who opened which evidence, when).
/// The host's audit middleware skips other GETs.
/// </summary>
[AttributeUsage(AttributeTargets.Method | AttributeTargets.Class)]
public sealed class AuditedReadAttribute : Attribute;
