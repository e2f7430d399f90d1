namespace RobotPlan.EntityFrameworkCore.Identity;

internal sealed class AppUserConfiguration : IEntityTypeConfiguration<AppUser>
{
    public void Configure(EntityTypeBuilder<AppUser> b)
    {
        b.Property(x => x.DisplayName).HasMaxLength(64).IsRequired();
        b.HasIndex(x => x.EnterpriseId);
    }
}
