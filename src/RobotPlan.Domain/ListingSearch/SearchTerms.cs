using System.Globalization;

namespace RobotPlan.ListingSearch;

/// <summary>
/// Index terms for Chinese substring search (ADR 0006), Lucene CJKBigramFilter style: a run of CJK characters gives
/// every character (unigram) and every adjacent pair (bigram); a Latin/digit token (a model such as RV-40E) gives its
/// lowercased prefixes, and those of its parts between '-', '.', '/'. A keyword is split the same way.
/// </summary>
public static class SearchTerms
{
    /// <summary>Longer Latin prefixes add rows but hardly narrow the candidates; the final Contains check is exact.</summary>
    public const int MaxPrefixLength = 16;
    public const int MaxTermLength = MaxPrefixLength;

    /// <summary>
    /// The empty string, a substring of every text: each Active listing has one row of it, so a search without a keyword
    /// reads the same term rows as one with a keyword.
    /// </summary>
    public const string EveryListing = "";

    /// <summary>Lowercase, full-width to half-width (ＲＶ → rv): the form both the index and the keyword use.</summary>
    public static string Normalize(string? text) =>
        string.IsNullOrEmpty(text) ? "" : text.Normalize(NormalizationForm.FormKC).ToLowerInvariant();

    /// <summary>All distinct terms of a (normalized or raw) text, for the index.</summary>
    public static IReadOnlySet<string> ForIndex(string? text)
    {
        var terms = new HashSet<string>(StringComparer.Ordinal);
        foreach (var segment in Segments(Normalize(text)))
        {
            foreach (var run in Runs(segment))
            {
                if (IsCjk(run[0])) AddCjk(run, terms);
                else AddLatin(run, terms);
            }
        }
        return terms;
    }

    /// <summary>
    /// The term rows a listing's text gets (ADR 0006): its <see cref="ForIndex"/> terms, every CJK trigram (so a
    /// 3-character keyword is one exact lookup and a longer one is found through its rarest trigram), and
    /// <see cref="EveryListing"/>.
    /// </summary>
    public static IReadOnlySet<string> ForIndexRows(string? text)
    {
        var normalized = Normalize(text);
        var terms = new HashSet<string>(ForIndex(normalized), StringComparer.Ordinal) { EveryListing };
        terms.UnionWith(CjkTrigrams(normalized));
        return terms;
    }

    /// <summary>Every run of three CJK characters in a normalized text, each once.</summary>
    public static IReadOnlyList<string> CjkTrigrams(string normalizedText)
    {
        var trigrams = new List<string>();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        for (var i = 0; i + 2 < normalizedText.Length; i++)
        {
            if (IsCjk(normalizedText[i]) && IsCjk(normalizedText[i + 1]) && IsCjk(normalizedText[i + 2])
                && normalizedText.Substring(i, 3) is var trigram && seen.Add(trigram))
                trigrams.Add(trigram);
        }
        return trigrams;
    }

    /// <summary>
    /// A keyword as plain text: each segment (a maximal run of CJK, letters, digits and '-', '.', '/') must occur in the
    /// listing; anything else — quotes, *, %, _, parentheses, operators — only separates segments and means nothing.
    /// </summary>
    public static IReadOnlyList<KeywordSegment> ForQuery(string? keyword)
    {
        var result = new List<KeywordSegment>();
        foreach (var segment in Segments(Normalize(keyword)).Distinct())
        {
            var terms = new HashSet<string>(StringComparer.Ordinal);
            foreach (var run in Runs(segment))
            {
                if (!IsCjk(run[0])) terms.Add(run.Length > MaxPrefixLength ? run[..MaxPrefixLength] : run);
                else if (run.Length == 1) terms.Add(run);
                else for (var i = 0; i + 1 < run.Length; i++) terms.Add(run.Substring(i, 2));
            }
            if (terms.Count > 0) result.Add(new KeywordSegment(segment, [.. terms]));
        }
        return result;
    }

    // Surrogate pairs (rare CJK extensions) are separators: half a pair is not valid text in PostgreSQL.
    public static bool IsCjk(char c) => c is >= '\u3040' and <= '\u30ff' or >= '\u3400' and <= '\u4dbf'
        or >= '\u4e00' and <= '\u9fff' or >= '\uac00' and <= '\ud7af' or >= '\uf900' and <= '\ufaff';

    private static bool IsWordChar(char c) => IsCjk(c) || char.IsLetterOrDigit(c);

    private static bool IsJoiner(char c) => c is '-' or '.' or '/';

    // Segments: maximal runs of word characters, keeping joiners that sit between two of them (RV-40E, 1.5kW).
    private static IEnumerable<string> Segments(string text)
    {
        var start = -1;
        for (var i = 0; i <= text.Length; i++)
        {
            var inside = i < text.Length && (IsWordChar(text[i])
                || (IsJoiner(text[i]) && start >= 0 && i + 1 < text.Length && IsWordChar(text[i + 1])));
            if (inside && start < 0) start = i;
            else if (!inside && start >= 0)
            {
                yield return text[start..i];
                start = -1;
            }
        }
    }

    // Runs inside a segment: CJK runs and Latin runs (joiners stay in Latin runs, never start one).
    private static IEnumerable<string> Runs(string segment)
    {
        var sb = new StringBuilder();
        bool? cjk = null;
        foreach (var c in segment)
        {
            var isCjk = IsCjk(c);
            if (cjk is { } current && (current != isCjk) && !(IsJoiner(c) && !current))
            {
                if (Trimmed(sb) is { Length: > 0 } run) yield return run;
                sb.Clear();
            }
            if (sb.Length == 0 && IsJoiner(c)) continue;
            sb.Append(c);
            cjk = isCjk;
        }
        if (Trimmed(sb) is { Length: > 0 } last) yield return last;
    }

    private static string Trimmed(StringBuilder sb) => sb.ToString().Trim('-', '.', '/');

    private static void AddCjk(string run, HashSet<string> terms)
    {
        for (var i = 0; i < run.Length; i++)
        {
            terms.Add(run.Substring(i, 1));
            if (i + 1 < run.Length) terms.Add(run.Substring(i, 2));
        }
    }

    private static void AddLatin(string token, HashSet<string> terms)
    {
        AddPrefixes(token, terms);
        foreach (var part in token.Split(['-', '.', '/'], StringSplitOptions.RemoveEmptyEntries))
            AddPrefixes(part, terms);
    }

    private static void AddPrefixes(string token, HashSet<string> terms)
    {
        for (var n = 1; n <= Math.Min(token.Length, MaxPrefixLength); n++) terms.Add(token[..n]);
    }
}

/// <summary>One segment of a keyword: the listing must contain <see cref="Text"/>, and so has all its <see cref="Terms"/>.</summary>
public sealed record KeywordSegment(string Text, IReadOnlyList<string> Terms)
{
    /// <summary>One unigram, one bigram or one whole Latin prefix: its term rows are the answer, nothing to check.</summary>
    public bool IsExact => Terms.Count == 1 && Terms[0] == Text;

    /// <summary>The segment's CJK trigrams: a listing that contains the segment has each of them as a term row.</summary>
    public IReadOnlyList<string> Trigrams => SearchTerms.CjkTrigrams(Text);
}
