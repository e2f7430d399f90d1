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
        b.Property(x => x.DedupKey).HasMaxLength(NotificationConsts.MaxDedupKeyLength);
        b.HasIndex(x => new { x.DedupKey, x.UserId });
    }
}

internal sealed class OutboxEmailConfiguration : IEntityTypeConfiguration<OutboxEmail>
{
    public void Configure(EntityTypeBuilder<OutboxEmail> b)
    {
        b.ToTable("OutboxEmails");
        b.Property(x => x.To).HasMaxLength(EmailConsts.MaxAddressLength).IsRequired();
        b.Property(x => x.Subject).HasMaxLength(EmailConsts.MaxSubjectLength).IsRequired();
        b.Property(x => x.Body).HasMaxLength(EmailConsts.MaxBodyLength).IsRequired();
        b.Property(x => x.UnsubscribeUrl).HasMaxLength(NotificationConsts.MaxLinkLength * 2);
        b.Property(x => x.LastError).HasMaxLength(EmailConsts.MaxErrorLength);
        b.HasIndex(x => new { x.SentAt, x.NextAttemptAt });
    }
}
