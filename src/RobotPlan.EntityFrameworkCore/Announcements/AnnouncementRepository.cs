using RobotPlan.Announcements;

namespace RobotPlan.EntityFrameworkCore.Announcements;

internal sealed class AnnouncementRepository(RobotPlanDbContext db) : IAnnouncementRepository
{
    private DbSet<Announcement> Announcements => db.Set<Announcement>();

    public Task<Announcement?> FindAsync(Guid id, CancellationToken ct) => Announcements.FirstOrDefaultAsync(a => a.Id == id, ct);

    public async Task<(int TotalCount, List<Announcement> Items)> GetPageAsync(DateTime? publicAt, AnnouncementKind? kind, int skip, int max,
        CancellationToken ct)
    {
        var query = Announcements.AsNoTracking();
        if (publicAt is { } now)
            query = query.Where(a => a.WithdrawnAt == null && a.PublishAt <= now && (a.ExpiresAt == null || now < a.ExpiresAt));
        if (kind is { } k) query = query.Where(a => a.Kind == k);
        var total = await query.CountAsync(ct);
        var items = await query.OrderByDescending(a => a.PublishAt).ThenByDescending(a => a.Id).Skip(skip).Take(max).ToListAsync(ct);
        return (total, items);
    }

    public async Task AddAsync(Announcement announcement, CancellationToken ct) => await Announcements.AddAsync(announcement, ct);
}

internal sealed class AnnouncementConfiguration : IEntityTypeConfiguration<Announcement>
{
    public void Configure(EntityTypeBuilder<Announcement> b)
    {
        b.ToTable("Announcements");
        b.Property(x => x.Title).HasMaxLength(AnnouncementConsts.MaxTitleLength).IsRequired();
        b.Property(x => x.Body).HasMaxLength(AnnouncementConsts.MaxBodyLength).IsRequired();
        b.PrimitiveCollection(x => x.AttachmentFileIds).HasField("_attachmentFileIds");
        b.HasIndex(x => x.PublishAt);
    }
}
