namespace RobotPlan.Files;

/// <summary>An upload as the app services receive it (the HTTP layer opens the stream; the service checks it).</summary>
public sealed record FileUpload(Stream Content, string FileName, long Length);

/// <summary>A file to send back: always as an attachment, never rendered inline.</summary>
public sealed record FileDownload(Stream Content, string FileName, string ContentType);

public sealed record StoredFileDto(Guid Id, string FileName, string ContentType, long Size, string Sha256);
