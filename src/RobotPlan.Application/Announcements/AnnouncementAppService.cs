using P = RobotPlan.Permissions.RobotPlanPermissions;

namespace RobotPlan.Announcements;

public sealed class AnnouncementAppService(IAnnouncementRepository announcements, ICatalogBatchRepository batches, ISubsidyProgramRepository programs,
    IStoredFileRepository files, FileStore fileStore, IUnitOfWork unitOfWork, ICurrentUser currentUser, TimeProvider clock) : IAnnouncementAppService
{
    private DateTime Now => clock.GetUtcNow().UtcDateTime;

    public async Task<PagedResultDto<AnnouncementDto>> GetListAsync(GetAnnouncementsInput input, CancellationToken ct)
    {
        currentUser.CheckPermission(P.Announcements.Manage);
        var (total, items) = await announcements.GetPageAsync(null, input.Kind, input.SkipCount, input.MaxResultCount, ct);
        return new PagedResultDto<AnnouncementDto>(total, await ToDtosAsync(items, ct));
    }

    public async Task<AnnouncementDto> GetAsync(Guid id, CancellationToken ct)
    {
        currentUser.CheckPermission(P.Announcements.Manage);
        return await ToDtoAsync(await LoadAsync(id, ct), ct);
    }

    public async Task<AnnouncementDto> CreateAsync(SaveAnnouncementDto input, CancellationToken ct)
    {
        currentUser.CheckPermission(P.Announcements.Manage);
        await EnsureLinksExistAsync(input, ct);
        var announcement = new Announcement(input.Kind!.Value, input.Title, input.Body, input.BatchId, input.ProgramId,
            ToUtc(input.PublishAt) ?? Now, ToUtc(input.ExpiresAt));
        await announcements.AddAsync(announcement, ct);
        await unitOfWork.SaveChangesAsync(ct);
        return await ToDtoAsync(announcement, ct);
    }

    public async Task<AnnouncementDto> UpdateAsync(Guid id, SaveAnnouncementDto input, CancellationToken ct)
    {
        currentUser.CheckPermission(P.Announcements.Manage);
        var announcement = await LoadAsync(id, ct);
        unitOfWork.ExpectConcurrencyStamp(announcement, input.ConcurrencyStamp);
        await EnsureLinksExistAsync(input, ct);
        announcement.Change(input.Kind!.Value, input.Title, input.Body, input.BatchId, input.ProgramId, ToUtc(input.PublishAt) ?? announcement.PublishAt,
            ToUtc(input.ExpiresAt));
        await unitOfWork.SaveChangesAsync(ct);
        return await ToDtoAsync(announcement, ct);
    }

    public async Task<AnnouncementDto> WithdrawAsync(Guid id, CancellationToken ct)
    {
        currentUser.CheckPermission(P.Announcements.Manage);
        var announcement = await LoadAsync(id, ct);
        announcement.Withdraw(Now);
        await unitOfWork.SaveChangesAsync(ct);
        return await ToDtoAsync(announcement, ct);
    }

    public async Task<AnnouncementDto> AddAttachmentAsync(Guid id, FileUpload file, CancellationToken ct)
    {
        currentUser.CheckPermission(P.Announcements.Manage);
        var announcement = await LoadAsync(id, ct);
        if (announcement.AttachmentFileIds.Count >= AnnouncementConsts.MaxAttachments)
            throw new BusinessException(RobotPlanErrorCodes.AnnouncementTooManyAttachments, "file", AnnouncementConsts.MaxAttachments);
        // Public documents: PDF, PNG or JPEG by content, owned by no enterprise.
        var stored = await fileStore.SaveAsync(file, ownerEnterpriseId: null, pdfOnly: false, ct);
        announcement.AddAttachment(stored.Id);
        await unitOfWork.SaveChangesAsync(ct);
        return await ToDtoAsync(announcement, ct);
    }

    public async Task<AnnouncementDto> RemoveAttachmentAsync(Guid id, Guid fileId, CancellationToken ct)
    {
        currentUser.CheckPermission(P.Announcements.Manage);
        var announcement = await LoadAsync(id, ct);
        if (!announcement.AttachmentFileIds.Contains(fileId)) throw new EntityNotFoundException(typeof(StoredFile), fileId);
        announcement.RemoveAttachment(fileId);
        await unitOfWork.SaveChangesAsync(ct);
        return await ToDtoAsync(announcement, ct);
    }

    public async Task<PagedResultDto<AnnouncementDto>> GetPublicListAsync(GetAnnouncementsInput input, CancellationToken ct)
    {
        var (total, items) = await announcements.GetPageAsync(Now, input.Kind, input.SkipCount, input.MaxResultCount, ct);
        return new PagedResultDto<AnnouncementDto>(total, await ToDtosAsync(items, ct));
    }

    public async Task<AnnouncementDto> GetPublicAsync(Guid id, CancellationToken ct) => await ToDtoAsync(await LoadPublicAsync(id, ct), ct);

    public async Task<FileDownload> GetPublicAttachmentAsync(Guid id, Guid fileId, CancellationToken ct)
    {
        var announcement = await LoadPublicAsync(id, ct);
        if (!announcement.AttachmentFileIds.Contains(fileId)) throw new EntityNotFoundException(typeof(StoredFile), fileId);
        var (file, content) = await fileStore.OpenAsync(fileId, ct);
        return new FileDownload(content, file.FileName, file.ContentType);
    }

    private async Task<Announcement> LoadAsync(Guid id, CancellationToken ct) =>
        await announcements.FindAsync(id, ct) ?? throw new EntityNotFoundException(typeof(Announcement), id);

    /// <summary>Not yet published, expired and withdrawn ones do not exist for the public.</summary>
    private async Task<Announcement> LoadPublicAsync(Guid id, CancellationToken ct)
    {
        var announcement = await announcements.FindAsync(id, ct);
        return announcement is not null && announcement.IsPublicAt(Now) ? announcement : throw new EntityNotFoundException(typeof(Announcement), id);
    }

    private async Task EnsureLinksExistAsync(SaveAnnouncementDto input, CancellationToken ct)
    {
        if (input.BatchId is { } b && await batches.FindAsync(b, ct) is null)
            throw new BusinessException(RobotPlanErrorCodes.AnnouncementLinkInvalid, "batchId");
        if (input.ProgramId is { } p && await programs.FindAsync(p, ct) is null)
            throw new BusinessException(RobotPlanErrorCodes.AnnouncementLinkInvalid, "programId");
    }

    private static DateTime? ToUtc(DateTime? local) => local is { } l
        ? TimeZoneInfo.ConvertTimeToUtc(DateTime.SpecifyKind(l, DateTimeKind.Unspecified), BusinessCalendarClock.TimeZone)
        : null;

    private async Task<List<AnnouncementDto>> ToDtosAsync(List<Announcement> items, CancellationToken ct)
    {
        var result = new List<AnnouncementDto>(items.Count);
        foreach (var a in items) result.Add(await ToDtoAsync(a, ct));
        return result;
    }

    private async Task<AnnouncementDto> ToDtoAsync(Announcement a, CancellationToken ct)
    {
        var attachments = new List<AnnouncementAttachmentDto>();
        foreach (var id in a.AttachmentFileIds)
            if (await files.FindAsync(id, ct) is { } f) attachments.Add(new AnnouncementAttachmentDto(f.Id, f.FileName, f.Size, f.Sha256));
        var batchTitle = a.BatchId is { } b ? (await batches.FindAsync(b, ct))?.LocalTitle() : null;
        var programTitle = a.ProgramId is { } p ? (await programs.FindAsync(p, ct))?.LocalTitle() : null;
        return new AnnouncementDto(a.Id, a.Kind, a.Title, a.Body, a.BatchId, batchTitle, a.ProgramId, programTitle, a.PublishAt, a.ExpiresAt,
            a.WithdrawnAt, a.IsPublicAt(Now), attachments, a.ConcurrencyStamp);
    }
}
