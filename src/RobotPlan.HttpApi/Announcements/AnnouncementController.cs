using System.ComponentModel.DataAnnotations;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using RobotPlan.Dtos;
using RobotPlan.Files;
using P = RobotPlan.Permissions.RobotPlanPermissions;

namespace RobotPlan.Announcements;

/// <summary>通知公告, kept by municipal reviewers.</summary>
[Route("api/app/announcements")]
[Authorize(P.Announcements.Manage)]
public sealed class AnnouncementController(IAnnouncementAppService announcements) : RobotPlanAppControllerBase
{
    [HttpGet]
    public Task<PagedResultDto<AnnouncementDto>> GetListAsync([FromQuery] GetAnnouncementsInput input, CancellationToken ct) =>
        announcements.GetListAsync(input, ct);

    [HttpGet("{id:guid}")]
    public Task<AnnouncementDto> GetAsync(Guid id, CancellationToken ct) => announcements.GetAsync(id, ct);

    [HttpPost]
    public Task<AnnouncementDto> CreateAsync(SaveAnnouncementDto input, CancellationToken ct) => announcements.CreateAsync(input, ct);

    [HttpPut("{id:guid}")]
    public Task<AnnouncementDto> UpdateAsync(Guid id, SaveAnnouncementDto input, CancellationToken ct) => announcements.UpdateAsync(id, input, ct);

    [HttpPost("{id:guid}/withdraw")]
    public Task<AnnouncementDto> WithdrawAsync(Guid id, CancellationToken ct) => announcements.WithdrawAsync(id, ct);

    [HttpPost("{id:guid}/attachments")]
    [Consumes("multipart/form-data")]
    public Task<AnnouncementDto> AddAttachmentAsync(Guid id, [Required] IFormFile file, CancellationToken ct) =>
        announcements.AddAttachmentAsync(id, file.ToUpload(), ct);

    [HttpDelete("{id:guid}/attachments/{fileId:guid}")]
    public Task<AnnouncementDto> RemoveAttachmentAsync(Guid id, Guid fileId, CancellationToken ct) =>
        announcements.RemoveAttachmentAsync(id, fileId, ct);
}

/// <summary>The portal's announcements: anonymous; what is scheduled, expired or withdrawn answers 404.</summary>
[Route("api/public/announcements")]
[AllowAnonymous]
public sealed class AnnouncementsPublicController(IAnnouncementAppService announcements,
    Microsoft.Extensions.Localization.IStringLocalizer<RobotPlan.Localization.RobotPlanResource> L) : RobotPlanControllerBase
{
    [HttpGet]
    public Task<PagedResultDto<AnnouncementDto>> GetListAsync([FromQuery] GetAnnouncementsInput input, CancellationToken ct) =>
        announcements.GetPublicListAsync(input, ct);

    [HttpGet("{id:guid}")]
    public Task<AnnouncementDto> GetAsync(Guid id, CancellationToken ct) => announcements.GetPublicAsync(id, ct);

    [HttpGet("{id:guid}/attachments/{fileId:guid}")]
    public async Task<FileStreamResult> GetAttachmentAsync(Guid id, Guid fileId, CancellationToken ct)
    {
        var download = await announcements.GetPublicAttachmentAsync(id, fileId, ct);
        Response.Headers.XContentTypeOptions = "nosniff";
        return File(download.Content, download.ContentType, download.FileName);
    }

    /// <summary>Atom 1.0 of the latest public announcements; also at /announcements/feed.atom for feed readers.</summary>
    [HttpGet("feed")]
    [HttpGet("/announcements/feed.atom")]
    [Produces(AtomFeedWriter.ContentType)]
    public async Task GetFeedAsync(CancellationToken ct)
    {
        var latest = await announcements.GetPublicListAsync(new GetAnnouncementsInput { MaxResultCount = AnnouncementConsts.FeedCount }, ct);
        Response.ContentType = AtomFeedWriter.ContentType + "; charset=utf-8";
        await AtomFeedWriter.WriteAsync(Response.Body, $"{Request.Scheme}://{Request.Host}{Request.PathBase}", L["Announcement:FeedTitle"],
            latest.Items, DateTime.UtcNow, ct);
    }
}
