using RobotPlan.ReferenceData;

namespace RobotPlan.ListingSearch;

/// <summary>
/// P-1: the category and jurisdiction names every search result and facet shows, read once and shared instead of two
/// table reads (and ~80 entities built) per request. Names change only on an administrator's edit: a save of a
/// category or jurisdiction in this process moves <see cref="ReferenceDataVersion"/> (EF Core save interceptor) and the
/// next search reloads; another node's edit shows after at most <see cref="Lifetime"/>, as the ADR 0006 facet cache.
/// </summary>
public sealed class ReferenceNamesCache(ReferenceDataVersion version, TimeProvider clock)
{
    public static readonly TimeSpan Lifetime = TimeSpan.FromSeconds(60);

    private volatile Entry? _entry;

    private sealed record Entry(long Version, DateTimeOffset Until, ReferenceNames Names);

    public async Task<ReferenceNames> GetAsync(IReferenceDataRepository referenceData, CancellationToken ct)
    {
        var current = version.Value;
        if (_entry is { } entry && entry.Version == current && entry.Until > clock.GetUtcNow()) return entry.Names;
        var names = await ReferenceNames.LoadAsync(referenceData, ct);
        // Read before loading: if a save moved the version meanwhile, these names may predate it and are not kept.
        if (version.Value == current) _entry = new Entry(current, clock.GetUtcNow() + Lifetime, names);
        return names;
    }
}
