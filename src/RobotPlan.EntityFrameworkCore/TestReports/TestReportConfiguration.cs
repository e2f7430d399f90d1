namespace RobotPlan.EntityFrameworkCore.TestReports;

internal sealed class TestReportConfiguration : IEntityTypeConfiguration<TestReport>
{
    public void Configure(EntityTypeBuilder<TestReport> b)
    {
        b.ToTable("TestReports");
        b.Property(x => x.Number).HasMaxLength(TestReportConsts.MaxNumberLength).IsRequired();
        b.Property(x => x.Conclusion).HasMaxLength(TestReportConsts.MaxConclusionLength).IsRequired();
        b.Property(x => x.StatusReason).HasMaxLength(TestReportConsts.MaxReasonLength);
        b.HasIndex(x => new { x.TestingBodyId, x.Number }).IsUnique();
        b.HasIndex(x => new { x.ProductId, x.Status });
        b.HasIndex(x => new { x.Status, x.ExpiresOn });
        b.HasOne<Product>().WithMany().HasForeignKey(x => x.ProductId).OnDelete(DeleteBehavior.Restrict);
        b.HasOne<TestingBody>().WithMany().HasForeignKey(x => x.TestingBodyId).OnDelete(DeleteBehavior.Restrict);
        b.HasOne<StoredFile>().WithMany().HasForeignKey(x => x.FileId).OnDelete(DeleteBehavior.Restrict);
        b.HasIndex(x => x.EnterpriseId);
    }
}
