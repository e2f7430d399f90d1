namespace RobotPlan.Files;

/// <summary>An upload as the app services and the file store receive it (the HTTP layer opens the stream; the store checks it).</summary>
public sealed record FileUpload(Stream Content, string FileName, long Length);
