namespace RobotPlan.EntityFrameworkCore.ExpertPanels;

internal sealed class ExpertPanelConfiguration : IEntityTypeConfiguration<ExpertPanel>
{
    public void Configure(EntityTypeBuilder<ExpertPanel> b)
    {
        b.ToTable("ExpertPanels");
        b.HasOne<CatalogApplication>().WithMany().HasForeignKey(x => x.ApplicationId).OnDelete(DeleteBehavior.Restrict);
        // One panel per file: a second draw is refused by the manager and, under a race, by this index.
        b.HasIndex(x => x.ApplicationId).IsUnique();
        b.Property(x => x.CategoryCode).HasMaxLength(32).IsRequired();
        b.Property(x => x.MeanScore);
        b.Property<List<Guid>>("_candidates").HasColumnName("Candidates").HasJsonConversion().IsRequired();
        b.Property<List<RubricCriterion>>("_rubric").HasColumnName("Rubric").HasJsonConversion().IsRequired();
        b.Ignore(x => x.Candidates);
        b.Ignore(x => x.Rubric);
        b.Ignore(x => x.ActiveMembers);
        b.OwnsMany(x => x.Members, m =>
        {
            m.ToTable("ExpertPanelMembers");
            m.WithOwner().HasForeignKey("PanelId");
            m.HasKey(x => x.Id);
            m.Property(x => x.Id).ValueGeneratedNever();
            m.Property(x => x.RecusalReason).HasMaxLength(ExpertPanelConsts.MaxReasonLength);
            m.Property(x => x.Scores).HasJsonConversion().IsRequired();
            // "My assignments" looks members up by expert.
            m.HasIndex(x => x.ExpertUserId);
            m.HasIndex("PanelId", nameof(PanelMember.DrawPosition)).IsUnique();
        });
        b.Navigation(x => x.Members).HasField("_members");
    }
}
