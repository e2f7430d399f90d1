using RobotPlan.SeedWork;

namespace RobotPlan.Documents;

/// <summary>
/// A PDF RobotPlan issued, stored at issue (ADR 0010): its verification code, what it said (<see cref="ContentJson"/>, the
/// same text the PDF shows) and the SHA-256 of the exact bytes handed out, so a copy can be checked years later.
/// The same subject, culture and content are issued once (<see cref="ContentFingerprint"/>); a change of content gives
/// a new document with a new code, and the old one still verifies.
/// </summary>
public class IssuedDocument : AggregateRoot
{
    public string Code { get; private set; } = null!;
    public DocumentKind Kind { get; private set; }
    /// <summary>What the document is about, in words the public may see: a listing number, a notice or file id, "FirstUnit/2025".</summary>
    public string SubjectKey { get; private set; } = null!;
    public string Culture { get; private set; } = null!;
    public string ContentFingerprint { get; private set; } = null!;
    public string Title { get; private set; } = null!;
    public string ContentJson { get; private set; } = null!;
    public Guid FileId { get; private set; }
    public string Sha256 { get; private set; } = null!;
    public long Size { get; private set; }
    public DateTime IssuedAtUtc { get; private set; }

    private IssuedDocument() { }

    public IssuedDocument(string code, DocumentKind kind, string subjectKey, string culture, string contentFingerprint, string title,
        string contentJson, Guid fileId, string sha256, long size, DateTime now)
    {
        if (DocumentCode.Normalize(code) != code || code == DocumentCode.Never) throw new ArgumentException("Not an issuable code.", nameof(code));
        Code = code;
        Kind = kind;
        SubjectKey = subjectKey;
        Culture = culture;
        ContentFingerprint = contentFingerprint;
        Title = title.Length <= DocumentConsts.TitleMaxLength ? title : title[..DocumentConsts.TitleMaxLength];
        ContentJson = contentJson;
        FileId = fileId;
        Sha256 = sha256;
        Size = size;
        IssuedAtUtc = now;
    }

    /// <summary>"This file is the one we issued": the same SHA-256, byte for byte.</summary>
    public bool IsSameFile(string sha256) => string.Equals(Sha256, sha256, StringComparison.OrdinalIgnoreCase);
}
