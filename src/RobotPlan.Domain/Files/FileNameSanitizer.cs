using System.Text;

namespace RobotPlan.Files;

/// <summary>
/// S-B: the name shown back to users keeps letters (Chinese included), digits and a few marks; path parts,
/// control characters and anything else go. The file is stored under a generated name anyway.
/// </summary>
public static class FileNameSanitizer
{
    public const int MaxLength = 120;

    public static string Sanitize(string? fileName, string extension)
    {
        var name = Path.GetFileNameWithoutExtension((fileName ?? "").Replace('\\', '/').Split('/').Last());
        var kept = new StringBuilder();
        foreach (var c in name.Normalize(NormalizationForm.FormC))
            if (char.IsLetterOrDigit(c) || c is '-' or '_' or '.' or ' ' or '（' or '）' or '(' or ')') kept.Append(c);
        var clean = kept.ToString().Trim(' ', '.');
        if (clean.Length == 0) clean = "file";
        if (clean.Length > MaxLength) clean = clean[..MaxLength];
        return clean + extension;
    }
}
