namespace RobotPlan.Documents;

public interface IIssuedDocumentRepository
{
    Task<IssuedDocument?> FindByCodeAsync(string code, CancellationToken ct = default);
    /// <summary>The document already issued for this content, if any (issue once, hand out the same bytes).</summary>
    Task<IssuedDocument?> FindIssuedAsync(DocumentKind kind, string subjectKey, string culture, string contentFingerprint, CancellationToken ct = default);
    Task AddAsync(IssuedDocument document, CancellationToken ct = default);
}
