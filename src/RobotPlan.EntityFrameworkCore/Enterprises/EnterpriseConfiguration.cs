using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using RobotPlan.Enterprises;
using RobotPlan.Files;
using RobotPlan.ReferenceData;
using RobotPlan.EntityFrameworkCore.Reviews;

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
        // 企业实名核验 (issue #14): the district's list filters on the status; the licence is one of the stored files.
        b.HasIndex(x => new { x.JurisdictionId, x.VerificationStatus });
        b.Property(x => x.LegalRepresentative).HasMaxLength(EnterpriseVerificationConsts.MaxLegalRepresentativeLength);
        b.HasOne<StoredFile>().WithMany().HasForeignKey(x => x.BusinessLicenceFileId).OnDelete(DeleteBehavior.Restrict);
        b.OwnsMany(x => x.VerificationHistory, h =>
        {
            h.MapStatusHistory<Enterprise, EnterpriseVerificationHistoryEntry, EnterpriseVerificationStatus>("EnterpriseVerificationHistory", "EnterpriseId");
            h.HasIndex("EnterpriseId", nameof(EnterpriseVerificationHistoryEntry.Sequence));
        });
        b.Navigation(x => x.VerificationHistory).HasField("_verificationHistory");
    }
}

internal sealed class UsccDisputeConfiguration : IEntityTypeConfiguration<UsccDispute>
{
    public void Configure(EntityTypeBuilder<UsccDispute> b)
    {
        b.ToTable("UsccDisputes");
        b.Property(x => x.Uscc).HasMaxLength(Uscc.Length).IsRequired();
        b.HasIndex(x => new { x.Uscc, x.Status });
        b.HasIndex(x => x.ClaimantUserId);
        b.Property(x => x.ClaimantLegalName).HasMaxLength(EnterpriseConsts.MaxLegalNameLength).IsRequired();
        b.Property(x => x.LegalRepresentative).HasMaxLength(EnterpriseVerificationConsts.MaxLegalRepresentativeLength).IsRequired();
        b.Property(x => x.Statement).HasMaxLength(EnterpriseVerificationConsts.MaxStatementLength).IsRequired();
        b.HasOne<Enterprise>().WithMany().HasForeignKey(x => x.EnterpriseId).OnDelete(DeleteBehavior.Restrict);
        b.HasOne<StoredFile>().WithMany().HasForeignKey(x => x.LicenceFileId).OnDelete(DeleteBehavior.Restrict);
        b.OwnsMany(x => x.History, h =>
        {
            h.MapStatusHistory<UsccDispute, UsccDisputeHistoryEntry, UsccDisputeStatus>("UsccDisputeHistory", "DisputeId");
            h.HasIndex("DisputeId", nameof(UsccDisputeHistoryEntry.Sequence));
        });
        b.Navigation(x => x.History).HasField("_history");
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
