namespace RobotPlan.Announcements;

/// <summary>
/// 通知公告 on the public portal, kept by municipal reviewers. Public from <see cref="PublishAt"/> until the optional
/// <see cref="ExpiresAt"/> (or until withdrawn); attachments are stored files (the upload rules of S-B).
/// </summary>
public class Announcement : AggregateRoot
{
    private readonly List<Guid> _attachmentFileIds = [];

    public AnnouncementKind Kind { get; private set; }
    public string Title { get; private set; } = null!;
    public string Body { get; private set; } = null!;
    public Guid? BatchId { get; private set; }
    public Guid? ProgramId { get; private set; }
    public DateTime PublishAt { get; private set; }
    public DateTime? ExpiresAt { get; private set; }
    public DateTime? WithdrawnAt { get; private set; }
    public IReadOnlyList<Guid> AttachmentFileIds => _attachmentFileIds;

    private Announcement() { }

    public Announcement(AnnouncementKind kind, string title, string body, Guid? batchId, Guid? programId, DateTime publishAt, DateTime? expiresAt) =>
        Change(kind, title, body, batchId, programId, publishAt, expiresAt);

    public void Change(AnnouncementKind kind, string title, string body, Guid? batchId, Guid? programId, DateTime publishAt, DateTime? expiresAt)
    {
        if (expiresAt is { } e && e <= publishAt) throw new BusinessException(RobotPlanErrorCodes.AnnouncementExpiryBeforePublish, "expiresAt");
        Kind = kind;
        Title = title.Trim();
        Body = body.Trim();
        BatchId = batchId;
        ProgramId = programId;
        PublishAt = publishAt;
        ExpiresAt = expiresAt;
    }

    public bool IsPublicAt(DateTime now) => WithdrawnAt is null && PublishAt <= now && (ExpiresAt is null || now < ExpiresAt);

    public void AddAttachment(Guid fileId)
    {
        if (_attachmentFileIds.Count >= AnnouncementConsts.MaxAttachments)
            throw new BusinessException(RobotPlanErrorCodes.AnnouncementTooManyAttachments, "file", AnnouncementConsts.MaxAttachments);
        _attachmentFileIds.Add(fileId);
    }

    public void RemoveAttachment(Guid fileId) => _attachmentFileIds.Remove(fileId);

    /// <summary>Taken off the portal; withdrawing twice keeps the first time.</summary>
    public void Withdraw(DateTime now) => WithdrawnAt ??= now;
}

public interface IAnnouncementRepository
{
    Task<Announcement?> FindAsync(Guid id, CancellationToken ct = default);
    /// <summary>Newest publish date first; <paramref name="publicAt"/> keeps only those public at that instant.</summary>
    Task<(int TotalCount, List<Announcement> Items)> GetPageAsync(DateTime? publicAt, AnnouncementKind? kind, int skip, int max,
        CancellationToken ct = default);
    Task AddAsync(Announcement announcement, CancellationToken ct = default);
}
