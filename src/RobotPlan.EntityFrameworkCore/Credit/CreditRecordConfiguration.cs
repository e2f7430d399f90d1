using C = RobotPlan.Credit.CreditConsts;

namespace RobotPlan.EntityFrameworkCore.Credit;

// The subject id carries no foreign key: it points into one of four tables, and the record must outlive their edits.
internal sealed class CreditRecordConfiguration : IEntityTypeConfiguration<CreditRecord>
{
    public void Configure(EntityTypeBuilder<CreditRecord> b)
    {
        b.ToTable("CreditRecords");
        b.Property(x => x.SubjectName).HasMaxLength(C.MaxSubjectNameLength).IsRequired();
        b.Property(x => x.SubjectUscc).HasMaxLength(Uscc.Length);
        b.Property(x => x.Reason).HasMaxLength(C.MaxReasonLength).IsRequired();
        b.Property(x => x.DocumentNumber).HasMaxLength(C.MaxDocumentNumberLength).IsRequired();
        b.Property(x => x.SourceReference).HasMaxLength(C.MaxSourceReferenceLength);
        b.Property(x => x.EndReason).HasMaxLength(C.MaxReasonLength);
        b.Property(x => x.EndDocumentNumber).HasMaxLength(C.MaxDocumentNumberLength);
        b.Ignore(x => x.IsBlacklist);
        // The standing lookups (every submission, listing and payment asks) and the job's due scan.
        b.HasIndex(x => new { x.SubjectKind, x.SubjectId, x.Kind, x.State });
        b.HasIndex(x => new { x.State, x.EffectiveFrom });
        b.HasIndex(x => new { x.State, x.EffectiveTo });
        b.HasIndex(x => x.SubjectEnterpriseId);
    }
}
