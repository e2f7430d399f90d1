using C = RobotPlan.SubsidyClaims.SubsidyClaimConsts;

namespace RobotPlan.EntityFrameworkCore.SubsidyClaims;

internal sealed class SubsidyClaimConfiguration : IEntityTypeConfiguration<SubsidyClaim>
{
    public void Configure(EntityTypeBuilder<SubsidyClaim> b)
    {
        b.ToTable("SubsidyClaims");
        b.HasOne<SubsidyProgram>().WithMany().HasForeignKey(x => x.ProgramId).OnDelete(DeleteBehavior.Restrict);
        b.HasOne<Enterprise>().WithMany().HasForeignKey(x => x.EnterpriseId).OnDelete(DeleteBehavior.Restrict);
        b.HasOne<Product>().WithMany().HasForeignKey(x => x.ProductId).OnDelete(DeleteBehavior.Restrict);
        b.HasOne<InsurancePolicy>().WithMany().HasForeignKey(x => x.PolicyId).OnDelete(DeleteBehavior.Restrict);
        b.Property(x => x.StatusReason).HasMaxLength(C.MaxReasonLength);
        b.HasIndex(x => new { x.Status, x.StatusChangedAt });
        b.HasIndex(x => new { x.ProgramId, x.Status });
        b.HasIndex(x => x.EnterpriseId);
        b.HasIndex(x => x.PolicyId);
        b.OwnsOne(x => x.Purchase, p =>
        {
            p.Property(x => x.SerialNumber).HasMaxLength(C.MaxSerialNumberLength).IsRequired();
            p.Property(x => x.BuyerUscc).HasMaxLength(Uscc.Length).IsRequired();
            p.Property(x => x.ContractNumber).HasMaxLength(C.MaxContractNumberLength).IsRequired();
            p.HasIndex(x => new { x.ProductId, x.SerialNumber });
        });
        // Evidence and the decision are read and written with the claim only: JSON text columns. The decision keeps
        // every input, parameter value and line exactly (decimals as JSON numbers), so it can be recomputed later.
        b.Property<List<ClaimDocument>>("_documents").HasColumnName("Documents").HasJsonConversion().IsRequired();
        b.Ignore(x => x.Documents);
        b.Property(x => x.Computation).HasJsonConversion();
        b.OwnsMany(x => x.History, h =>
        {
            h.MapStatusHistory<SubsidyClaim, SubsidyClaimHistoryEntry, SubsidyClaimStatus>("SubsidyClaimHistory", "ClaimId");
            // Not unique on purpose: two reviewers racing both append sequence n; the loser's save must fail on the claim's
            // concurrency stamp (a 409, its entry rolled back with it), not on an index the database may check first (a 500).
            h.HasIndex("ClaimId", nameof(SubsidyClaimHistoryEntry.Sequence));
        });
        b.Navigation(x => x.History).HasField("_history");
    }
}
