using System.Security.Cryptography;
using System.Text.Json;
using Microsoft.Extensions.Options;
using RobotPlan.CatalogListings;
using RobotPlan.Errors;
using RobotPlan.Files;
using RobotPlan.SeedWork;

namespace RobotPlan.Documents;

/// <summary>Anonymous by design: the public record's documents, and checking any issued document against its record.</summary>
public sealed class PublicDocumentAppService(ICatalogListingRepository listings, IIssuedDocumentRepository documents, PublicDocumentSource source,
    DocumentIssuer issuer, DocumentLiveStateReader liveState, IOptions<FileStorageOptions> fileOptions) : IPublicDocumentAppService
{
    public async Task<FileDownload> GetListingCertificateAsync(string number, CancellationToken ct)
    {
        var listing = await listings.FindByNumberAsync(number.Trim().ToUpperInvariant(), ct)
                      ?? throw new EntityNotFoundException(typeof(CatalogListing), number);
        return await issuer.IssueAsync(listing.Number, await source.CertificateAsync(listing, ct), null, $"{listing.Number}.pdf", ct);
    }

    public async Task<FileDownload> GetNoticeAsync(Guid noticeId, CancellationToken ct) =>
        await issuer.IssueAsync(noticeId.ToString(), await source.NoticeAsync(noticeId, ct), null, $"notice-{noticeId:N}.pdf", ct);

    public async Task<FileDownload> GetCatalogYearListAsync(CatalogYearInput input, CancellationToken ct)
    {
        var (catalog, year) = (input.Catalog!.Value, input.Year!.Value);
        return await issuer.IssueAsync(CatalogYearListContent.SubjectKey(catalog, year), await source.YearListAsync(catalog, year, ct), null,
            $"{catalog}-{year}.pdf", ct);
    }

    public async Task<DocumentVerificationDto?> VerifyAsync(string code, CancellationToken ct)
    {
        var document = await FindAsync(code, ct);
        if (document is null) return null;
        var said = JsonSerializer.Deserialize<DocumentContentDto>(document.ContentJson, DocumentIssuer.Json)!;
        return new DocumentVerificationDto(document.Code, document.Kind, document.Title, document.IssuedAtUtc, document.Sha256, document.Size, said,
            await liveState.ReadAsync(document, ct));
    }

    public async Task<DocumentFileCheckDto?> CheckFileAsync(string code, FileUpload file, CancellationToken ct)
    {
        var sha256 = await HashPdfAsync(file, ct);
        var document = await FindAsync(code, ct);
        return document is null ? null : new DocumentFileCheckDto(document.Code, document.IsSameFile(sha256), sha256);
    }

    // Malformed input is looked up as a code that is never issued: the same query, the same answer, no oracle.
    private Task<IssuedDocument?> FindAsync(string code, CancellationToken ct) =>
        documents.FindByCodeAsync(DocumentCode.Normalize(code) ?? DocumentCode.Never, ct);

    /// <summary>S-B for an upload that is only hashed, never stored: within the size limit and a PDF by its magic bytes.</summary>
    private async Task<string> HashPdfAsync(FileUpload file, CancellationToken ct)
    {
        var limit = fileOptions.Value.MaxSizeBytes;
        if (file.Length <= 0) throw new BusinessException(RobotPlanErrorCodes.UploadEmpty, "file");
        if (file.Length > limit) throw new BusinessException(RobotPlanErrorCodes.UploadTooLarge, "file", limit / 1024 / 1024);
        using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        var buffer = new byte[81920];
        long total = 0;
        int n;
        while ((n = await file.Content.ReadAsync(buffer, ct)) > 0)
        {
            if (total == 0 && FileTypeSniffer.Detect(buffer.AsSpan(0, n))?.ContentType != FileStore.PdfContentType)
                throw new BusinessException(RobotPlanErrorCodes.UploadPdfRequired, "file");
            total += n;
            if (total > limit) throw new BusinessException(RobotPlanErrorCodes.UploadTooLarge, "file", limit / 1024 / 1024);
            hash.AppendData(buffer, 0, n);
        }
        return Convert.ToHexStringLower(hash.GetHashAndReset());
    }
}
