namespace RobotPlan.Announcements;

public sealed class SaveAnnouncementDto
{
    [Required, EnumDataType(typeof(AnnouncementKind))]
    public AnnouncementKind? Kind { get; set; }

    [Required, StringLength(AnnouncementConsts.MaxTitleLength, MinimumLength = 2)]
    public string Title { get; set; } = "";

    [Required, StringLength(AnnouncementConsts.MaxBodyLength, MinimumLength = 2)]
    public string Body { get; set; } = "";

    /// <summary>The batch a call for applications opens (申报批次).</summary>
    public Guid? BatchId { get; set; }

    /// <summary>The subsidy programme it concerns (资金项目).</summary>
    public Guid? ProgramId { get; set; }

    /// <summary>Asia/Shanghai local time; empty means now.</summary>
    [Range(typeof(DateTime), "2000-01-01", "2100-12-31")]
    public DateTime? PublishAt { get; set; }

    /// <summary>Asia/Shanghai local time; empty means it stays up.</summary>
    [Range(typeof(DateTime), "2000-01-01", "2100-12-31")]
    public DateTime? ExpiresAt { get; set; }

    /// <summary>For a change: the stamp read with the announcement (409 when someone changed it meanwhile).</summary>
    [StringLength(64)]
    public string? ConcurrencyStamp { get; set; }
}

public sealed class GetAnnouncementsInput
{
    [EnumDataType(typeof(AnnouncementKind))]
    public AnnouncementKind? Kind { get; set; }

    [Range(0, 100_000)]
    public int SkipCount { get; set; }

    [Range(1, 100)]
    public int MaxResultCount { get; set; } = 20;
}

public sealed record AnnouncementAttachmentDto(Guid FileId, string FileName, long Size, string Sha256);

/// <summary>Times in UTC; <see cref="IsPublic"/> says whether the portal shows it now.</summary>
public sealed record AnnouncementDto(Guid Id, AnnouncementKind Kind, string Title, string Body, Guid? BatchId, string? BatchTitle,
    Guid? ProgramId, string? ProgramTitle, DateTime PublishAt, DateTime? ExpiresAt, DateTime? WithdrawnAt, bool IsPublic,
    IReadOnlyList<AnnouncementAttachmentDto> Attachments, string ConcurrencyStamp);

public interface IAnnouncementAppService
{
    /// <summary>Every announcement, scheduled, expired and withdrawn ones too (municipal reviewers).</summary>
    Task<Dtos.PagedResultDto<AnnouncementDto>> GetListAsync(GetAnnouncementsInput input, CancellationToken ct = default);
    Task<AnnouncementDto> GetAsync(Guid id, CancellationToken ct = default);
    Task<AnnouncementDto> CreateAsync(SaveAnnouncementDto input, CancellationToken ct = default);
    Task<AnnouncementDto> UpdateAsync(Guid id, SaveAnnouncementDto input, CancellationToken ct = default);
    Task<AnnouncementDto> WithdrawAsync(Guid id, CancellationToken ct = default);
    Task<AnnouncementDto> AddAttachmentAsync(Guid id, FileUpload file, CancellationToken ct = default);
    Task<AnnouncementDto> RemoveAttachmentAsync(Guid id, Guid fileId, CancellationToken ct = default);

    /// <summary>Anonymous: what the portal shows now, newest first.</summary>
    Task<Dtos.PagedResultDto<AnnouncementDto>> GetPublicListAsync(GetAnnouncementsInput input, CancellationToken ct = default);
    /// <summary>Anonymous: one public announcement; scheduled, expired or withdrawn ones are not found.</summary>
    Task<AnnouncementDto> GetPublicAsync(Guid id, CancellationToken ct = default);
    Task<FileDownload> GetPublicAttachmentAsync(Guid id, Guid fileId, CancellationToken ct = default);
}
