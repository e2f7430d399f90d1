using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using RobotPlan.AuditLogging;

namespace RobotPlan.EntityFrameworkCore.AuditLogging;

internal sealed class AuditLogConfiguration : IEntityTypeConfiguration<AuditLog>
{
    public void Configure(EntityTypeBuilder<AuditLog> b)
    {
        b.ToTable("AuditLogs");
        b.Property(x => x.HttpMethod).HasMaxLength(16).IsRequired();
        b.Property(x => x.Url).HasMaxLength(2048).IsRequired();
        b.Property(x => x.UserName).HasMaxLength(256);
        b.Property(x => x.ClientIp).HasMaxLength(64);
        b.Property(x => x.CorrelationId).HasMaxLength(64);
        b.HasIndex(x => x.ExecutionTime);
        b.HasIndex(x => x.UserId);
        b.HasMany(x => x.EntityChanges).WithOne().HasForeignKey(x => x.AuditLogId).OnDelete(DeleteBehavior.Cascade);
    }
}

internal sealed class EntityChangeConfiguration : IEntityTypeConfiguration<EntityChange>
{
    public void Configure(EntityTypeBuilder<EntityChange> b)
    {
        b.ToTable("AuditLogEntityChanges");
        b.Property(x => x.EntityType).HasMaxLength(128).IsRequired();
        // Composite keys are joined: an Identity user token's (user id, provider, name) is 70+ characters.
        b.Property(x => x.EntityId).HasMaxLength(256).IsRequired();
        b.Property(x => x.ChangeType).HasMaxLength(16).IsRequired();
        b.HasIndex(x => new { x.EntityType, x.EntityId });
    }
}
