namespace RobotPlan.Files;

/// <summary>S-B: the type is decided by the content's magic bytes, never by the name or the client's Content-Type.</summary>
public static class FileTypeSniffer
{
    private static readonly (byte[] Magic, string ContentType, string Extension)[] Known =
    [
        ("%PDF-"u8.ToArray(), "application/pdf", ".pdf"),
        ([0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A], "image/png", ".png"),
        ([0xFF, 0xD8, 0xFF], "image/jpeg", ".jpg"),
    ];

    public const int HeaderLength = 8;

    public static (string ContentType, string Extension)? Detect(ReadOnlySpan<byte> header)
    {
        foreach (var (magic, contentType, extension) in Known)
            if (header.StartsWith(magic)) return (contentType, extension);
        return null;
    }
}
