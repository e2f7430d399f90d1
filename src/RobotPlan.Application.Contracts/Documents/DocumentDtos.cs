using System.ComponentModel.DataAnnotations;
using RobotPlan.CatalogListings;

namespace RobotPlan.Documents;

/// <summary>What a document says, in its culture's words: the PDF is drawn from it and the verification page shows it back.</summary>
public sealed record DocumentContentDto(DocumentKind Kind, string Culture, string Authority, string Title, IReadOnlyList<DocumentFieldDto> Fields,
    DocumentTableDto? Table, string? Note);

public sealed record DocumentFieldDto(string Label, string Value);

/// <summary>A table of the document (a list's rows, an award's computation lines); widths are relative column weights.</summary>
public sealed record DocumentTableDto(IReadOnlyList<string> Headers, IReadOnlyList<double> Widths, IReadOnlyList<IReadOnlyList<string>> Rows);

/// <summary>What the document said when issued, and what its record says now.</summary>
public sealed record DocumentVerificationDto(string Code, DocumentKind Kind, string Title, DateTime IssuedAtUtc, string Sha256, long Size,
    DocumentContentDto Said, DocumentLiveStateDto Now);

/// <summary>The record's state now: Suspended with its reason, document number and date; an award clawed back; a list superseded.</summary>
public sealed record DocumentLiveStateDto(DocumentLiveStatus Status, string? Reason, string? DocumentNumber, DateOnly? Since);

/// <summary>"This file is / is not the one we issued" (SHA-256 of the upload against the one stored at issue).</summary>
public sealed record DocumentFileCheckDto(string Code, bool IsIssuedFile, string UploadedSha256);

/// <summary>A catalog's published list of one year (the same pair the Excel export takes).</summary>
public sealed class CatalogYearInput
{
    [Required]
    public CatalogKind? Catalog { get; set; }

    [Required, Range(2000, 2100)]
    public int? Year { get; set; }
}
