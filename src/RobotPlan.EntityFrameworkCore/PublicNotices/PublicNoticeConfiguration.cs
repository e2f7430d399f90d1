using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using RobotPlan.CatalogBatches;
using RobotPlan.PublicNotices;
using C = RobotPlan.PublicNotices.PublicNoticeConsts;

namespace RobotPlan.EntityFrameworkCore.PublicNotices;

internal sealed class PublicNoticeConfiguration : IEntityTypeConfiguration<PublicNotice>
{
    public void Configure(EntityTypeBuilder<PublicNotice> b)
    {
        b.ToTable("PublicNotices");
        b.HasOne<CatalogBatch>().WithMany().HasForeignKey(x => x.BatchId).OnDelete(DeleteBehavior.Restrict);
        b.HasOne<RobotPlan.SubsidyPrograms.SubsidyProgram>().WithMany().HasForeignKey(x => x.ProgramId).OnDelete(DeleteBehavior.Restrict);
        b.Property(x => x.Title).HasMaxLength(CatalogBatchConsts.MaxTitleLength).IsRequired();
        // The listing query looks for notices that have ended.
        b.HasIndex(x => x.EndsAtUtc);
        b.OwnsMany(x => x.Entries, e =>
        {
            e.ToTable("PublicNoticeEntries");
            e.WithOwner().HasForeignKey("NoticeId");
            e.HasKey(x => x.Id);
            e.Property(x => x.Id).ValueGeneratedNever();
            e.HasIndex(x => x.SubjectId);
        });
        b.Navigation(x => x.Entries).HasField("_entries");
        b.OwnsMany(x => x.Objections, o =>
        {
            o.ToTable("PublicNoticeObjections");
            o.WithOwner().HasForeignKey("NoticeId");
            o.HasKey(x => x.Id);
            o.Property(x => x.Id).ValueGeneratedNever();
            o.Property(x => x.RealName).HasMaxLength(C.MaxNameLength).IsRequired();
            o.Property(x => x.Organisation).HasMaxLength(C.MaxOrganisationLength).IsRequired();
            o.Property(x => x.ContactPhone).HasMaxLength(C.MaxPhoneLength).IsRequired();
            o.Property(x => x.Reason).HasMaxLength(C.MaxReasonLength).IsRequired();
            o.Property(x => x.Resolution).HasMaxLength(C.MaxResolutionLength);
            o.HasIndex(x => new { x.SubjectId, x.Status });
        });
        b.Navigation(x => x.Objections).HasField("_objections");
    }
}
