using System.Security.Cryptography;

namespace RobotPlan.Documents;

/// <summary>
/// The verification code printed on every issued document: random (never derived from an id), Crockford base 32 so it can
/// be read aloud and typed without I/L/O/U confusions.
/// </summary>
public static class DocumentCode
{
    public const string Alphabet = "0123456789ABCDEFGHJKMNPQRSTVWXYZ";

    /// <summary>Well formed but never issued (<see cref="New"/> skips it): looked up in place of malformed input, so both take the same path.</summary>
    public static readonly string Never = new('0', DocumentConsts.CodeLength);

    public static string New()
    {
        while (true)
        {
            var code = RandomNumberGenerator.GetString(Alphabet, DocumentConsts.CodeLength);
            if (code != Never) return code;
        }
    }

    /// <summary>Upper case, without spaces or hyphens (people copy codes in groups); null when it cannot be a code.</summary>
    public static string? Normalize(string? input)
    {
        if (input is null || input.Length > DocumentConsts.CodeLength * 2) return null;
        var code = input.Replace("-", "").Replace(" ", "").Trim().ToUpperInvariant();
        return code.Length == DocumentConsts.CodeLength && code.All(Alphabet.Contains) ? code : null;
    }
}
