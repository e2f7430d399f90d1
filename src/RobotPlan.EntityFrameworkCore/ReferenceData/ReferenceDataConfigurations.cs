namespace RobotPlan.EntityFrameworkCore.ReferenceData;

internal sealed class ReviewJurisdictionConfiguration : IEntityTypeConfiguration<ReviewJurisdiction>
{
    public void Configure(EntityTypeBuilder<ReviewJurisdiction> b)
    {
        b.ToTable("ReviewJurisdictions");
        b.Property(x => x.Code).HasMaxLength(16).IsRequired();
        b.Property(x => x.Name).HasMaxLength(ReferenceDataConsts.MaxJurisdictionNameLength).IsRequired();
        b.Property(x => x.NameEn).HasMaxLength(ReferenceDataConsts.MaxJurisdictionNameLength).IsRequired();
        b.HasIndex(x => x.Code).IsUnique();
    }
}

internal sealed class ProductCategoryConfiguration : IEntityTypeConfiguration<ProductCategory>
{
    public void Configure(EntityTypeBuilder<ProductCategory> b)
    {
        b.ToTable("ProductCategories");
        b.Property(x => x.Code).HasMaxLength(32).IsRequired();
        b.Property(x => x.Name).HasMaxLength(64).IsRequired();
        b.Property(x => x.NameEn).HasMaxLength(64).IsRequired();
        b.Property(x => x.ParentCode).HasMaxLength(32);
        b.HasIndex(x => x.Code).IsUnique();
    }
}

internal sealed class TestingBodyConfiguration : IEntityTypeConfiguration<TestingBody>
{
    public void Configure(EntityTypeBuilder<TestingBody> b)
    {
        b.ToTable("TestingBodies");
        b.Property(x => x.Name).HasMaxLength(ReferenceDataConsts.MaxOrganizationNameLength).IsRequired();
        b.Property(x => x.NameEn).HasMaxLength(ReferenceDataConsts.MaxOrganizationNameLength).IsRequired();
        b.Property(x => x.Uscc).HasMaxLength(18);
    }
}

internal sealed class CertificationBodyConfiguration : IEntityTypeConfiguration<CertificationBody>
{
    public void Configure(EntityTypeBuilder<CertificationBody> b)
    {
        b.ToTable("CertificationBodies");
        b.Property(x => x.Name).HasMaxLength(ReferenceDataConsts.MaxOrganizationNameLength).IsRequired();
        b.Property(x => x.NameEn).HasMaxLength(ReferenceDataConsts.MaxOrganizationNameLength).IsRequired();
        b.Property(x => x.Uscc).HasMaxLength(18);
    }
}
