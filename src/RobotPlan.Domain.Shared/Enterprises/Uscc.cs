namespace RobotPlan.Enterprises;

/// <summary>统一社会信用代码 (GB 32100-2015), R-1: 18 characters with a mod-31 check character.</summary>
public static class Uscc
{
    public const int Length = 18;
    // The code alphabet: digits and upper-case letters without I, O, S, V, Z.
    private const string Alphabet = "0123456789ABCDEFGHJKLMNPQRTUWXY";
    private static readonly int[] Weights = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28];

    /// <summary>Trims and upper-cases; returns null when the result is not a valid USCC.</summary>
    public static string? Normalize(string? input)
    {
        var code = input?.Trim().ToUpperInvariant();
        return code is not null && IsValid(code) ? code : null;
    }

    public static bool IsValid(string code)
    {
        if (code.Length != Length) return false;
        var sum = 0;
        for (var i = 0; i < Length - 1; i++)
        {
            var value = Alphabet.IndexOf(code[i]);
            if (value < 0) return false;
            sum += value * Weights[i];
        }
        var check = (31 - sum % 31) % 31;
        return code[Length - 1] == Alphabet[check];
    }

    /// <summary>Characters 3–8: the registering authority's administrative division code.</summary>
    public static string DivisionCode(string validCode) => validCode.Substring(2, 6);

    /// <summary>R-2: registered in Chongqing means the division code starts with 50.</summary>
    public static bool IsChongqing(string validCode) => DivisionCode(validCode).StartsWith("50", StringComparison.Ordinal);

    /// <summary>Completes 17 characters with their check character (used by demo data and tests).</summary>
    public static string WithCheckCharacter(string first17)
    {
        var sum = 0;
        for (var i = 0; i < Length - 1; i++) sum += Alphabet.IndexOf(first17[i]) * Weights[i];
        return first17 + Alphabet[(31 - sum % 31) % 31];
    }
}
