namespace RobotPlan.EntityFrameworkCore.SubsidyAwards;

internal sealed class AwardConfiguration : IEntityTypeConfiguration<Award>
{
    public void Configure(EntityTypeBuilder<Award> b)
    {
        b.ToTable("Awards");
        // One claim, one award: a second approval of the same claim cannot create a second payable amount.
        b.HasIndex(x => x.ClaimId).IsUnique();
        b.HasIndex(x => new { x.Status, x.ProgramId });
        b.HasIndex(x => x.PayeeEnterpriseId);
        b.HasOne<SubsidyProgram>().WithMany().HasForeignKey(x => x.ProgramId).OnDelete(DeleteBehavior.Restrict);
        b.HasOne<Enterprise>().WithMany().HasForeignKey(x => x.PayeeEnterpriseId).OnDelete(DeleteBehavior.Restrict);
        b.Property(x => x.PaymentReference).HasMaxLength(128);
        b.Property(x => x.Explanation).HasJsonConversion();
        b.OwnsOne(x => x.Fraud, f =>
        {
            f.Property(p => p.Reason).HasMaxLength(1000);
            f.Property(p => p.DocumentNumber).HasMaxLength(128);
        });
    }
}
