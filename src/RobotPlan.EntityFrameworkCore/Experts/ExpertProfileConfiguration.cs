namespace RobotPlan.EntityFrameworkCore.Experts;

internal sealed class ExpertProfileConfiguration : IEntityTypeConfiguration<ExpertProfile>
{
    public void Configure(EntityTypeBuilder<ExpertProfile> b)
    {
        b.ToTable("ExpertProfiles");
        b.HasOne<AppUser>().WithMany().HasForeignKey(x => x.UserId).OnDelete(DeleteBehavior.Restrict);
        b.HasIndex(x => x.UserId).IsUnique();
        b.Property(x => x.EmployerName).HasMaxLength(ExpertConsts.MaxEmployerNameLength);
        b.HasIndex(x => x.EmployerEnterpriseId);
        // The pool is filtered in memory at draw time; the lists are never queried inside.
        b.Property<List<string>>("_fields").HasColumnName("Fields").HasJsonConversion().IsRequired();
        b.Property<List<Guid>>("_conflicts").HasColumnName("ConflictEnterpriseIds").HasJsonConversion().IsRequired();
        b.Ignore(x => x.Fields);
        b.Ignore(x => x.ConflictEnterpriseIds);
    }
}
