using Microsoft.Extensions.Caching.Memory;
using Microsoft.Extensions.Primitives;
using RobotPlan.ReferenceData;

namespace RobotPlan.ListingSearch;

/// <summary>
/// P-1: the category and jurisdiction names every search result and facet shows, read once and shared instead of two
/// table reads (and ~80 entities built) per request. Names change only on an administrator's edit: a save of a
/// category or jurisdiction in this process fires <see cref="ReferenceDataVersion.Changed"/> (EF Core save
/// interceptor) and the next search reloads; another node's edit shows after at most <see cref="Lifetime"/>, as the
/// ADR 0006 facet cache.
/// </summary>
public sealed class ReferenceNamesCache(IMemoryCache cache, ReferenceDataVersion version, TimeProvider clock)
{
    public static readonly TimeSpan Lifetime = TimeSpan.FromSeconds(60);

    private static readonly object Key = new();

    public async Task<ReferenceNames> GetAsync(IReferenceDataRepository referenceData, CancellationToken ct)
    {
        if (cache.TryGetValue(Key, out ReferenceNames? cached)) return cached!;
        // Taken before loading: names read across a save are born expired and never served.
        var changed = new CancellationChangeToken(version.Changed);
        var names = await ReferenceNames.LoadAsync(referenceData, ct);
        // The lifetime as a timer of the application's clock (tests move it), not MemoryCache's own clock.
        var expired = new CancellationChangeToken(new CancellationTokenSource(Lifetime, clock).Token);
        cache.Set(Key, names, new MemoryCacheEntryOptions().AddExpirationToken(changed).AddExpirationToken(expired));
        return names;
    }
}
