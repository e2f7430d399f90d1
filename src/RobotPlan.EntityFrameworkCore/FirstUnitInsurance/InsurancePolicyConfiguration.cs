namespace RobotPlan.EntityFrameworkCore.FirstUnitInsurance;

internal sealed class InsurancePolicyConfiguration : IEntityTypeConfiguration<InsurancePolicy>
{
    public void Configure(EntityTypeBuilder<InsurancePolicy> b)
    {
        b.ToTable("InsurancePolicies");
        b.Property(x => x.Insurer).HasMaxLength(128).IsRequired();
        b.Property(x => x.PolicyNumber).HasMaxLength(64).IsRequired();
        b.HasIndex(x => new { x.Insurer, x.PolicyNumber }).IsUnique();
        b.HasIndex(x => x.EnterpriseId);
        b.HasOne<Enterprise>().WithMany().HasForeignKey(x => x.EnterpriseId).OnDelete(DeleteBehavior.Restrict);
        b.HasOne<InsurancePolicy>().WithMany().HasForeignKey(x => x.PreviousPolicyId).OnDelete(DeleteBehavior.Restrict);
        b.Ignore(x => x.IsPremiumFullyPaid);
        // Units are read and written with their policy; queries across policies read the JSON rows.
        b.OwnsMany(x => x.Units, u =>
        {
            u.ToJson();
            u.Property(p => p.SerialNumber).HasMaxLength(64);
            u.Property(p => p.BuyerUscc).HasMaxLength(Uscc.Length);
            u.Property(p => p.BuyerName).HasMaxLength(EnterpriseConsts.MaxLegalNameLength);
            u.Property(p => p.ContractNumber).HasMaxLength(64);
        });
    }
}
