using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using RobotPlan.Notifications;

namespace RobotPlan.EntityFrameworkCore.Notifications;

internal sealed class NotificationConfiguration : IEntityTypeConfiguration<Notification>
{
    public void Configure(EntityTypeBuilder<Notification> b)
    {
        b.ToTable("Notifications");
        b.Property(x => x.Kind).HasMaxLength(NotificationConsts.MaxKindLength).IsRequired();
        b.Property(x => x.TextKey).HasMaxLength(NotificationConsts.MaxTextKeyLength).IsRequired();
        b.PrimitiveCollection(x => x.Arguments);
        b.Property(x => x.Link).HasMaxLength(NotificationConsts.MaxLinkLength);
        b.HasIndex(x => new { x.UserId, x.CreatedAt });
        b.HasIndex(x => new { x.EnterpriseId, x.CreatedAt });
    }
}
