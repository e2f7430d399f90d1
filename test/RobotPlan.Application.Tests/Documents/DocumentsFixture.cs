using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using RobotPlan.Documents;
using RobotPlan.Files;
using RobotPlan.SeedWork;

namespace RobotPlan.Application.Tests.Documents;

/// <summary>The demo data with its activity (listed files, a running notice, an explained award): every document is issued from it.</summary>
public sealed class DocumentsFixture : RobotPlanTestHost
{
    protected override DataSeedContext SeedContext => new(IncludeDemoData: true, IncludeDemoActivity: true);

    public async Task<byte[]> BytesAsync(Func<IServiceProvider, Task<FileDownload>> download) =>
        await WithScopeAsync(async sp =>
        {
            var file = await download(sp);
            await using var content = file.Content;
            using var copy = new MemoryStream();
            await content.CopyToAsync(copy);
            file.ContentType.ShouldBe(FileStore.PdfContentType);
            return copy.ToArray();
        });

    public Task<byte[]> CertificateAsync(string number) =>
        BytesAsync(sp => sp.GetRequiredService<IPublicDocumentAppService>().GetListingCertificateAsync(number));

    /// <summary>The latest document issued about a subject (a listing number, a file or award id, "FirstUnit/2024").</summary>
    public Task<IssuedDocument> IssuedAsync(string subjectKey) =>
        WithDbAsync(db => db.Set<IssuedDocument>().Where(d => d.SubjectKey == subjectKey).OrderByDescending(d => d.IssuedAtUtc).FirstAsync());

    public Task<DocumentVerificationDto?> VerifyAsync(string code) =>
        WithScopeAsync(sp => sp.GetRequiredService<IPublicDocumentAppService>().VerifyAsync(code));

    public Task<DocumentFileCheckDto?> CheckAsync(string code, byte[] file) =>
        WithScopeAsync(sp => sp.GetRequiredService<IPublicDocumentAppService>().CheckFileAsync(code, new FileUpload(new MemoryStream(file), "copy.pdf", file.Length)));
}
