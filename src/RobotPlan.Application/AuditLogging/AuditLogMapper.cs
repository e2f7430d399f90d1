namespace RobotPlan.AuditLogging;

[Mapper(RequiredMappingStrategy = RequiredMappingStrategy.Target)]
public static partial class AuditLogMapper
{
    public static partial AuditLogDto ToDto(this AuditLog log);

    private static partial EntityChangeDto ToDto(EntityChange change);
}
