using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using RobotPlan.CatalogApplications;
using RobotPlan.CatalogBatches;
using RobotPlan.Enterprises;
using RobotPlan.EntityFrameworkCore.Reviews;
using RobotPlan.Products;
using C = RobotPlan.CatalogApplications.CatalogApplicationConsts;

namespace RobotPlan.EntityFrameworkCore.CatalogApplications;

internal sealed class CatalogApplicationConfiguration : IEntityTypeConfiguration<CatalogApplication>
{
    public void Configure(EntityTypeBuilder<CatalogApplication> b)
    {
        b.ToTable("CatalogApplications");
        b.Property(x => x.StatusReason).HasMaxLength(C.MaxReasonLength);
        b.HasOne<CatalogBatch>().WithMany().HasForeignKey(x => x.BatchId).OnDelete(DeleteBehavior.Restrict);
        b.HasOne<Enterprise>().WithMany().HasForeignKey(x => x.EnterpriseId).OnDelete(DeleteBehavior.Restrict);
        b.HasOne<Product>().WithMany().HasForeignKey(x => x.ProductId).OnDelete(DeleteBehavior.Restrict);
        // Stored like money, to two decimals: the pass/fail was decided on the exact mean before.
        b.Property(x => x.ExpertMeanScore);
        b.HasIndex(x => new { x.ProductId, x.Catalog, x.Status });
        b.HasIndex(x => new { x.BatchId, x.Status });
        b.HasIndex(x => new { x.Status, x.StatusChangedAt });
        // Forms and attachments are read and written with their file only: JSON text columns.
        b.Property(x => x.FirstUnit).HasJsonConversion();
        b.Property(x => x.KeyProcurement).HasJsonConversion();
        b.Property<List<CatalogAttachment>>("_attachments").HasColumnName("Attachments").HasJsonConversion().IsRequired();
        b.Ignore(x => x.Attachments);
        // the history is its own append-only table, loaded with the file.
        b.OwnsMany(x => x.History, h =>
        {
            h.MapStatusHistory<CatalogApplication, CatalogApplicationHistoryEntry, CatalogApplicationStatus>("CatalogApplicationHistory", "ApplicationId");
            h.HasIndex("ApplicationId", nameof(CatalogApplicationHistoryEntry.Sequence)).IsUnique();
        });
        b.Navigation(x => x.History).HasField("_history");
    }
}
