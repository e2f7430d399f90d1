using RobotPlan.Dtos;
using RobotPlan.Files;

namespace RobotPlan.PublicNotices;

public interface IPublicNoticeAppService
{
    /// <summary>The municipal decision: the batch's PendingDecision files go into one new notice (R-13 re-checked, R-15 window).</summary>
    Task<PublicNoticeDto> DecideAsync(DecideBatchDto input, CancellationToken ct = default);
    /// <summary>The batch's files a rule now blocks from the decision, each with its reasons (the decision refuses while any is left).</summary>
    Task<IReadOnlyList<BlockedFileDto>> GetBlockedFilesAsync(Guid batchId, CancellationToken ct = default);
    /// <summary>Open objections, for the reviewer.</summary>
    Task<IReadOnlyList<ObjectionDto>> GetOpenObjectionsAsync(CancellationToken ct = default);
    /// <summary>The objection stands: the file is rejected.</summary>
    Task<ObjectionDto> UpholdAsync(Guid objectionId, ResolveObjectionDto input, CancellationToken ct = default);
    Task<ObjectionDto> DismissAsync(Guid objectionId, ResolveObjectionDto input, CancellationToken ct = default);
    Task<FileDownload> GetEvidenceAsync(Guid objectionId, CancellationToken ct = default);

    // Public, no login.
    Task<PagedResultDto<PublicNoticeDto>> GetPublicListAsync(GetPublicNoticesInput input, CancellationToken ct = default);
    Task<PublicNoticeDto> GetPublicAsync(Guid id, CancellationToken ct = default);
    Task<ObjectionReceiptDto> ObjectAsync(Guid noticeId, CreateObjectionDto input, FileUpload? evidence, CancellationToken ct = default);
}
