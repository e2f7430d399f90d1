using System.Globalization;
using System.Security.Cryptography;
using System.Text.Json;
using Microsoft.Extensions.Localization;
using Microsoft.Extensions.Options;
using RobotPlan.Files;
using RobotPlan.Localization;
using RobotPlan.SeedWork;

namespace RobotPlan.Documents;

/// <summary>
/// Issues a document once (ADR 0010): the same subject, culture and content hand out the stored bytes again; new content
/// gets a new verification code, a new PDF kept in the file store with its SHA-256, and a record of what it said.
/// </summary>
public sealed class DocumentIssuer(IIssuedDocumentRepository documents, FileStore files, DocumentPdfWriter pdf, IOptions<DocumentOptions> options,
    IStringLocalizer<RobotPlanResource> L, IUnitOfWork unitOfWork, TimeProvider clock)
{
    public static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    public async Task<FileDownload> IssueAsync(string subjectKey, DocumentContentDto content, Guid? ownerEnterpriseId, string fileName,
        CancellationToken ct)
    {
        var issued = await FindOrIssueAsync(subjectKey, content, ownerEnterpriseId, fileName, ct);
        var (_, stream) = await files.OpenAsync(issued.FileId, ct);
        return new FileDownload(stream, fileName, FileStore.PdfContentType);
    }

    public async Task<IssuedDocument> FindOrIssueAsync(string subjectKey, DocumentContentDto content, Guid? ownerEnterpriseId, string fileName,
        CancellationToken ct)
    {
        var json = JsonSerializer.Serialize(content, Json);
        var fingerprint = Fingerprint(json);
        var existing = await documents.FindIssuedAsync(content.Kind, subjectKey, content.Culture, fingerprint, ct);
        if (existing is not null) return existing;

        var code = DocumentCode.New();
        var now = clock.GetUtcNow().UtcDateTime;
        var bytes = pdf.Write(content, options.Value.VerifyUrl(code), Footer(code, now), now);
        var file = await files.SaveAsync(new FileUpload(new MemoryStream(bytes), fileName, bytes.Length), ownerEnterpriseId, pdfOnly: true, ct);
        var issued = new IssuedDocument(code, content.Kind, subjectKey, content.Culture, fingerprint, content.Title, json, file.Id, file.Sha256,
            file.Size, now);
        await documents.AddAsync(issued, ct);
        await unitOfWork.SaveChangesAsync(ct);
        return issued;
    }

    /// <summary>The content as it would be issued now has this fingerprint (a list compares it with an older edition's).</summary>
    public static string Fingerprint(DocumentContentDto content) => Fingerprint(JsonSerializer.Serialize(content, Json));

    /// <summary>The two cultures documents are issued in: English on request, Chinese otherwise.</summary>
    public static string CultureName => CultureInfo.CurrentUICulture.TwoLetterISOLanguageName == "en" ? "en" : JsonLocalizationStore.DefaultCulture;

    private static string Fingerprint(string json) => Convert.ToHexStringLower(SHA256.HashData(System.Text.Encoding.UTF8.GetBytes(json)));

    private string[] Footer(string code, DateTime now) =>
    [
        L["Document:Footer.Code", code],
        L["Document:Footer.Verify", options.Value.VerifyUrl(code)],
        L["Document:Footer.Issued", TimeZoneInfo.ConvertTimeFromUtc(now, Timing.BusinessCalendarClock.TimeZone).ToString("yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture)],
    ];
}
