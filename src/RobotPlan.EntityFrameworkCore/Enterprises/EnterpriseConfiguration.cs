using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using RobotPlan.Enterprises;
using RobotPlan.ReferenceData;

namespace RobotPlan.EntityFrameworkCore.Enterprises;

internal sealed class EnterpriseConfiguration : IEntityTypeConfiguration<Enterprise>
{
    public void Configure(EntityTypeBuilder<Enterprise> b)
    {
        b.ToTable("Enterprises");
        b.Property(x => x.Uscc).HasMaxLength(Uscc.Length).IsRequired();
        // one enterprise per USCC, even among soft-deleted rows.
        b.HasIndex(x => x.Uscc).IsUnique();
        b.Property(x => x.LegalName).HasMaxLength(EnterpriseConsts.MaxLegalNameLength).IsRequired();
        b.Property(x => x.Address).HasMaxLength(EnterpriseConsts.MaxAddressLength).IsRequired();
        b.HasIndex(x => x.JurisdictionId);
        b.HasOne<ReviewJurisdiction>().WithMany().HasForeignKey(x => x.JurisdictionId).OnDelete(DeleteBehavior.Restrict);
        b.OwnsOne(x => x.Contact, c =>
        {
            c.Property(p => p.Name).HasColumnName("ContactName").HasMaxLength(EnterpriseConsts.MaxContactNameLength).IsRequired();
            c.Property(p => p.Phone).HasColumnName("ContactPhone").HasMaxLength(EnterpriseConsts.MaxPhoneLength).IsRequired();
            c.Property(p => p.Email).HasColumnName("ContactEmail").HasMaxLength(EnterpriseConsts.MaxEmailLength).IsRequired();
        });
        b.Navigation(x => x.Contact).IsRequired();
        b.OwnsOne(x => x.BankAccount, a =>
        {
            a.Property(p => p.AccountName).HasColumnName("BankAccountName").HasMaxLength(EnterpriseConsts.MaxLegalNameLength);
            a.Property(p => p.BankName).HasColumnName("BankName").HasMaxLength(EnterpriseConsts.MaxBankNameLength);
            a.Property(p => p.AccountNumber).HasColumnName("BankAccountNumber").HasMaxLength(EnterpriseConsts.MaxBankAccountNumberLength);
        });
    }
}

internal sealed class CrossRegionExemptionConfiguration : IEntityTypeConfiguration<CrossRegionExemption>
{
    public void Configure(EntityTypeBuilder<CrossRegionExemption> b)
    {
        b.ToTable("CrossRegionExemptions");
        b.Property(x => x.Uscc).HasMaxLength(Uscc.Length).IsRequired();
        b.Property(x => x.Reason).HasMaxLength(500).IsRequired();
        b.HasIndex(x => x.Uscc).IsUnique();
    }
}
