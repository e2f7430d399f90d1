namespace RobotPlan.PublicNotices;

public interface IPublicNoticeRepository
{
    /// <summary>With entries and objections.</summary>
    Task<PublicNotice?> FindAsync(Guid id, CancellationToken ct = default);
    Task<PublicNotice?> FindByObjectionAsync(Guid objectionId, CancellationToken ct = default);
    /// <summary>Newest first; <paramref name="openAt"/> keeps only notices whose window is open then.</summary>
    Task<(int TotalCount, List<PublicNotice> Items)> GetPageAsync(DateTime? openAt, int skipCount, int maxResultCount, CancellationToken ct = default);
    /// <summary>Notices with at least one open objection (the reviewer's work list).</summary>
    Task<List<PublicNotice>> GetWithOpenObjectionsAsync(CancellationToken ct = default);
    Task AddAsync(PublicNotice notice, CancellationToken ct = default);
}
