using PdfSharp.Fonts;

namespace RobotPlan.Documents;

/// <summary>
/// Every PDF face is Noto Sans SC (OFL 1.1, shipped in this assembly; Fonts/OFL.txt): the same glyphs on every machine and
/// no system font read at run time. A TrueType-outline build, because PDFsharp 6.2 cannot embed CFF outlines (the .otf/.ttc
/// Noto Sans CJK files); PDFsharp subsets it to the glyphs a document uses. Bold is drawn by PDFsharp's simulation.
/// </summary>
public sealed class EmbeddedFontResolver : IFontResolver
{
    public const string Family = "Noto Sans SC";
    private const string FaceName = "NotoSansSC-Regular";
    private static readonly Lazy<byte[]> Font = new(Load);
    private static readonly Lock InstallLock = new();

    /// <summary>PDFsharp's resolver is process-wide; installed once, before the first document.</summary>
    public static void EnsureInstalled()
    {
        lock (InstallLock)
        {
            if (GlobalFontSettings.FontResolver is EmbeddedFontResolver) return;
            GlobalFontSettings.FontResolver = new EmbeddedFontResolver();
        }
    }

    public FontResolverInfo ResolveTypeface(string familyName, bool bold, bool italic) => new(FaceName, bold, italic);

    public byte[] GetFont(string faceName) => Font.Value;

    private static byte[] Load()
    {
        using var stream = typeof(EmbeddedFontResolver).Assembly.GetManifestResourceStream("RobotPlan.Documents.NotoSansSC-Regular.ttf")
            ?? throw new InvalidOperationException("The embedded document font is missing.");
        using var copy = new MemoryStream();
        stream.CopyTo(copy);
        return copy.ToArray();
    }
}
