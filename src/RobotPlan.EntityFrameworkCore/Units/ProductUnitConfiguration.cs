using RobotPlan.Units;
using C = RobotPlan.Units.UnitConsts;

namespace RobotPlan.EntityFrameworkCore.Units;

internal sealed class ProductUnitConfiguration : IEntityTypeConfiguration<ProductUnit>
{
    public void Configure(EntityTypeBuilder<ProductUnit> b)
    {
        b.ToTable("ProductUnits");
        b.Property(x => x.SerialNumber).HasMaxLength(C.MaxSerialNumberLength).IsRequired();
        b.Property(x => x.BuyerName).HasMaxLength(C.MaxBuyerNameLength);
        b.Property(x => x.BuyerUscc).HasMaxLength(Uscc.Length);
        b.Property(x => x.InstallationSite).HasMaxLength(C.MaxSiteLength);
        b.HasOne<Enterprise>().WithMany().HasForeignKey(x => x.EnterpriseId).OnDelete(DeleteBehavior.Restrict);
        b.HasOne<Product>().WithMany().HasForeignKey(x => x.ProductId).OnDelete(DeleteBehavior.Restrict);
        // A serial number names one unit of a product; the trace starts from it.
        b.HasIndex(x => new { x.ProductId, x.SerialNumber }).IsUnique();
        b.HasIndex(x => x.SerialNumber);
        b.HasIndex(x => x.EnterpriseId);
        b.HasIndex(x => x.BuyerUscc);
        b.HasMany(x => x.Incidents).WithOne().HasForeignKey("UnitId").OnDelete(DeleteBehavior.Cascade);
        b.Navigation(x => x.Incidents).HasField("_incidents").UsePropertyAccessMode(PropertyAccessMode.Field);
    }
}

internal sealed class QualityIncidentConfiguration : IEntityTypeConfiguration<QualityIncident>
{
    public void Configure(EntityTypeBuilder<QualityIncident> b)
    {
        b.ToTable("QualityIncidents");
        // Appended to a loaded unit: a set, never-generated key makes EF insert it rather than update.
        b.Property(x => x.Id).ValueGeneratedNever();
        b.Property(x => x.ReporterName).HasMaxLength(C.MaxReporterNameLength).IsRequired();
        b.Property(x => x.Description).HasMaxLength(C.MaxDescriptionLength).IsRequired();
        b.HasOne<StoredFile>().WithMany().HasForeignKey(x => x.EvidenceFileId).OnDelete(DeleteBehavior.Restrict);
        b.HasIndex(x => new { x.Severity, x.ReportedAt });
    }
}
