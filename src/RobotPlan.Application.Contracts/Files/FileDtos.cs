namespace RobotPlan.Files;

/// <summary>A file to send back: always as an attachment, never rendered inline.</summary>
public sealed record FileDownload(Stream Content, string FileName, string ContentType);

public sealed record StoredFileDto(Guid Id, string FileName, string ContentType, long Size, string Sha256);
