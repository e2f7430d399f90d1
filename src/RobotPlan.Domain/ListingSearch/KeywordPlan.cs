namespace RobotPlan.ListingSearch;

/// <summary>
/// A buyer's keyword parsed once into what the term index must be asked (ADR 0006): one lookup per segment. No keyword
/// is one lookup of <see cref="SearchTerms.EveryListing"/>, so every search — page, total, facets, export — reads the
/// same term rows.
/// </summary>
public sealed class KeywordPlan
{
    private KeywordPlan(IReadOnlyList<SegmentLookup> lookups) => Lookups = lookups;

    /// <summary>Every segment must occur in the listing; never empty.</summary>
    public IReadOnlyList<SegmentLookup> Lookups { get; }

    /// <summary>The normalized segments, one string: what cached counts for this keyword are keyed by.</summary>
    public string Key => string.Join('\u0001', Lookups.Select(l => l.Segment));

    public static KeywordPlan Parse(string? keyword)
    {
        var segments = SearchTerms.ForQuery(keyword);
        return new KeywordPlan(segments.Count == 0 ? [SegmentLookup.EveryListing] : [.. segments.Select(SegmentLookup.For)]);
    }
}

/// <summary>
/// How one keyword segment is looked up: the rarest of <see cref="Candidates"/> in the index finds its candidates, and
/// <see cref="Check"/> (null when that term is the segment itself) confirms them in the listing's search text.
/// </summary>
public sealed record SegmentLookup(string Segment, IReadOnlyList<string> Candidates, string? Check)
{
    /// <summary>
    /// What an index that intersects every term it is given (PostgreSQL's GIN) is asked for this segment. A segment
    /// confirmed in the text needs only enough of its trigrams to find its candidates: those that tile it (every third,
    /// and the last). All of them find the same listings, but PostgreSQL's planner multiplies their frequencies as if
    /// independent (焊接机, 接机器, 机器人 always occur together): it expected 235 matches of 5,352 and sorted them all
    /// for the first page (9.5 ms at 100,000 listings) instead of reading the page's order until 20 matched (0.9 ms).
    /// </summary>
    public IEnumerable<string> IntersectedTerms
    {
        get
        {
            if (Check is null) return Candidates;
            static bool IsTrigram(string term) => term.Length == 3 && term.All(SearchTerms.IsCjk);
            var trigrams = Candidates.Where(IsTrigram).ToList();
            return Candidates.Where(t => !IsTrigram(t)).Concat(trigrams.Where((_, i) => i % 3 == 0 || i == trigrams.Count - 1));
        }
    }

    public static readonly SegmentLookup EveryListing = new("", [SearchTerms.EveryListing], null);

    // Anything longer than one term is checked for real, which implies every one of its terms: one term lookup (the
    // rarest) is enough to find the candidates, and intersecting the others (机器, 器人 are in nearly every listing)
    // would only cost. Three CJK characters are one trigram row, exact; a longer CJK run is found through its trigrams
    // (rarer than its bigrams) and confirmed in the text, which is read only for the driving term's candidates.
    public static SegmentLookup For(KeywordSegment segment) => segment switch
    {
        { IsExact: true } => new(segment.Text, [segment.Terms[0]], null),
        { Trigrams: [var trigram] } when trigram == segment.Text => new(segment.Text, [trigram], null),
        { Trigrams.Count: > 0 } => new(segment.Text, [.. segment.Terms.Where(t => !SearchTerms.IsCjk(t[0])), .. segment.Trigrams], segment.Text),
        _ => new(segment.Text, segment.Terms, segment.Text),
    };
}
