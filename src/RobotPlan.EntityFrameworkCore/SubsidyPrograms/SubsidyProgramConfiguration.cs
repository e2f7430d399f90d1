namespace RobotPlan.EntityFrameworkCore.SubsidyPrograms;

internal sealed class SubsidyProgramConfiguration : IEntityTypeConfiguration<SubsidyProgram>
{
    public void Configure(EntityTypeBuilder<SubsidyProgram> b)
    {
        b.ToTable("SubsidyPrograms", t =>
        {
            // R-37's last line of defence under the ledger's conditional updates: never overspent, never negative.
            t.HasCheckConstraint("CK_SubsidyPrograms_Budget", "\"Reserved\" >= 0 AND \"Paid\" >= 0 AND \"Reserved\" + \"Paid\" <= \"Budget\"");
        });
        b.Property(x => x.Title).HasMaxLength(RobotPlan.SubsidyPrograms.SubsidyProgramConsts.MaxTitleLength).IsRequired();
        b.Property(x => x.TitleEn).HasMaxLength(RobotPlan.SubsidyPrograms.SubsidyProgramConsts.MaxTitleLength);
        b.HasIndex(x => new { x.Year, x.Kind }).IsUnique();
        b.Ignore(x => x.Remaining);
        b.Ignore(x => x.CurrentParameters);
        b.HasMany(x => x.ParameterVersions).WithOne().HasForeignKey(v => v.ProgramId).OnDelete(DeleteBehavior.Cascade);
        b.Navigation(x => x.ParameterVersions).AutoInclude();
    }
}

internal sealed class SubsidyParameterVersionConfiguration : IEntityTypeConfiguration<SubsidyParameterVersion>
{
    public void Configure(EntityTypeBuilder<SubsidyParameterVersion> b)
    {
        b.ToTable("SubsidyParameterVersions");
        b.HasIndex(x => new { x.ProgramId, x.Version }).IsUnique();
        b.Property(x => x.Reason).HasMaxLength(500).IsRequired();
        b.OwnsOne(x => x.Values, v =>
        {
            // Rates are not money: parts per million, not fen.
            v.Property(p => p.RateCap).HasConversion<RateConverter>();
            v.Property(p => p.SubsidyRate).HasConversion<RateConverter>();
            v.Property(p => p.RewardRate).HasConversion<RateConverter>();
        });
        b.Navigation(x => x.Values).IsRequired();
    }
}
