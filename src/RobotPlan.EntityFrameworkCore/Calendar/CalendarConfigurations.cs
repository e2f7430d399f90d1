namespace RobotPlan.EntityFrameworkCore.Calendar;

internal sealed class CalendarDayConfiguration : IEntityTypeConfiguration<CalendarDay>
{
    public void Configure(EntityTypeBuilder<CalendarDay> b)
    {
        b.ToTable("CalendarDays");
        b.HasIndex(x => x.Date).IsUnique();
        b.Property(x => x.Note).HasMaxLength(64);
    }
}

internal sealed class CalendarYearConfiguration : IEntityTypeConfiguration<CalendarYear>
{
    public void Configure(EntityTypeBuilder<CalendarYear> b)
    {
        b.ToTable("CalendarYears");
        b.HasIndex(x => x.Year).IsUnique();
        b.Property(x => x.Source).HasMaxLength(256).IsRequired();
    }
}
