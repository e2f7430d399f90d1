using RobotPlan.Files;

namespace RobotPlan.Documents;

/// <summary>Anonymous: the documents of the public record (certificates, notices, year lists) and their verification.</summary>
public interface IPublicDocumentAppService
{
    /// <summary>入选证明 of a listing in the current UI culture; issued on first request, the same bytes afterwards.</summary>
    Task<FileDownload> GetListingCertificateAsync(string number, CancellationToken ct = default);
    Task<FileDownload> GetNoticeAsync(Guid noticeId, CancellationToken ct = default);
    Task<FileDownload> GetCatalogYearListAsync(CatalogYearInput input, CancellationToken ct = default);
    /// <summary>Null for an unknown or malformed code (both take the same path: no oracle).</summary>
    Task<DocumentVerificationDto?> VerifyAsync(string code, CancellationToken ct = default);
    /// <summary>Null for an unknown code; the upload follows S-B (size limit, PDF by its magic bytes) and is not kept.</summary>
    Task<DocumentFileCheckDto?> CheckFileAsync(string code, FileUpload file, CancellationToken ct = default);
}
