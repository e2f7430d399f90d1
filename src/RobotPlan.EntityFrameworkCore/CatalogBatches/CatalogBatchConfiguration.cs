namespace RobotPlan.EntityFrameworkCore.CatalogBatches;

internal sealed class CatalogBatchConfiguration : IEntityTypeConfiguration<CatalogBatch>
{
    public void Configure(EntityTypeBuilder<CatalogBatch> b)
    {
        b.ToTable("CatalogBatches");
        b.Property(x => x.Title).HasMaxLength(CatalogBatchConsts.MaxTitleLength).IsRequired();
        b.Property(x => x.TitleEn).HasMaxLength(CatalogBatchConsts.MaxTitleLength);
        b.HasIndex(x => new { x.Catalog, x.Year });
        // The job looks for batches whose status lags behind their window.
        b.HasIndex(x => new { x.Status, x.OpensAt, x.ClosesAt });
        // The rubric is read and written with its batch only: one JSON column.
        b.OwnsMany(x => x.Rubric, r =>
        {
            r.ToJson();
            r.Property(c => c.Name).HasMaxLength(CatalogBatchConsts.MaxCriterionNameLength);
        });
    }
}
