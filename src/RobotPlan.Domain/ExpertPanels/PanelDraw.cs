namespace RobotPlan.ExpertPanels;

/// <summary>
/// The draw as a pure function of (seed, candidates), so anyone can re-check it later. Uses its own
/// SplitMix64 generator: System.Random's sequence for a seed is not promised to stay the same across .NET versions.
/// </summary>
public static class PanelDraw
{
    /// <summary>The candidates (sorted by id) shuffled by Fisher–Yates; members are taken from the front, replacements next.</summary>
    public static IReadOnlyList<Guid> Order(long seed, IEnumerable<Guid> candidates)
    {
        var list = candidates.Order().ToList();
        var state = unchecked((ulong)seed);
        for (var i = list.Count - 1; i > 0; i--)
        {
            var j = (int)(Next(ref state) % (ulong)(i + 1));
            (list[i], list[j]) = (list[j], list[i]);
        }
        return list;
    }

    private static ulong Next(ref ulong state)
    {
        var z = state += 0x9E3779B97F4A7C15UL;
        z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9UL;
        z = (z ^ (z >> 27)) * 0x94D049BB133111EBUL;
        return z ^ (z >> 31);
    }
}
