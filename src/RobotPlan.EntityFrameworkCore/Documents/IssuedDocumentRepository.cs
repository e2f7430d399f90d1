using Microsoft.EntityFrameworkCore;
using RobotPlan.Documents;

namespace RobotPlan.EntityFrameworkCore.Documents;

internal sealed class IssuedDocumentRepository(RobotPlanDbContext db) : IIssuedDocumentRepository
{
    private DbSet<IssuedDocument> Documents => db.Set<IssuedDocument>();

    public Task<IssuedDocument?> FindByCodeAsync(string code, CancellationToken ct) =>
        Documents.AsNoTracking().FirstOrDefaultAsync(d => d.Code == code, ct);

    public Task<IssuedDocument?> FindIssuedAsync(DocumentKind kind, string subjectKey, string culture, string contentFingerprint, CancellationToken ct) =>
        Documents.AsNoTracking().FirstOrDefaultAsync(d => d.Kind == kind && d.SubjectKey == subjectKey && d.Culture == culture
            && d.ContentFingerprint == contentFingerprint, ct);

    public async Task AddAsync(IssuedDocument document, CancellationToken ct) => await Documents.AddAsync(document, ct);
}
