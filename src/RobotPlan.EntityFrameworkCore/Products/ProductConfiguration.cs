namespace RobotPlan.EntityFrameworkCore.Products;

internal sealed class ProductConfiguration : IEntityTypeConfiguration<Product>
{
    public void Configure(EntityTypeBuilder<Product> b)
    {
        b.ToTable("Products");
        b.Property(x => x.Name).HasMaxLength(ProductConsts.MaxNameLength).IsRequired();
        b.Property(x => x.Model).HasMaxLength(ProductConsts.MaxModelLength).IsRequired();
        b.Property(x => x.CategoryCode).HasMaxLength(32).IsRequired();
        b.Property(x => x.Description).HasMaxLength(ProductConsts.MaxDescriptionLength);
        b.HasOne<Enterprise>().WithMany().HasForeignKey(x => x.EnterpriseId).OnDelete(DeleteBehavior.Restrict);
        b.HasIndex(x => new { x.EnterpriseId, x.Model });
        b.HasIndex(x => x.CategoryCode);
        // Specifications are read and written with their product only: one JSON column.
        b.OwnsMany(x => x.Specifications, s =>
        {
            s.ToJson();
            s.Property(p => p.Name).HasMaxLength(ProductConsts.MaxSpecNameLength);
            s.Property(p => p.Value).HasMaxLength(ProductConsts.MaxSpecValueLength);
            s.Property(p => p.Unit).HasMaxLength(ProductConsts.MaxSpecUnitLength);
        });
    }
}
