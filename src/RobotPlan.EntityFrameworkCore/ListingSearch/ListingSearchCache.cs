using Microsoft.Extensions.Caching.Memory;
using Microsoft.Extensions.Primitives;

namespace RobotPlan.EntityFrameworkCore.ListingSearch;

/// <summary>
/// ADR 0006: a short-lived, per-process memory of what a buyer search computes before its page — the total and facet
/// counts per (keyword, filters, day), and the rarest term of a keyword segment. An addition on top of the uncached
/// path, not a substitute: every entry lives at most <see cref="Lifetime"/> (60 s by default), at most
/// <see cref="MaxEntries"/> are kept, and any listing status change (publish, suspend, reinstate, revoke, expire — the
/// re-indexing) expires them all in this process through one change token. Another process's changes, and a change
/// whose save is still committing, show after at most one lifetime. A zero lifetime turns it off (the benchmark's
/// uncached figures).
/// </summary>
public sealed class ListingSearchCache : IDisposable
{
    public static readonly TimeSpan DefaultLifetime = TimeSpan.FromSeconds(60);
    public const int MaxEntries = 10_000;

    private readonly MemoryCache _entries;
    private CancellationTokenSource _listingsChanged = new();
    private TimeSpan _lifetime;

    public ListingSearchCache(TimeProvider clock, TimeSpan lifetime)
    {
        _lifetime = lifetime;
        _entries = new MemoryCache(new MemoryCacheOptions { SizeLimit = MaxEntries, Clock = new TimeProviderClock(clock) });
    }

    /// <summary>Settable so that the benchmark can measure the same process with and without the cache.</summary>
    public TimeSpan Lifetime
    {
        get => _lifetime;
        set
        {
            _lifetime = value;
            Invalidate();
        }
    }

    /// <summary>The cached value, or <paramref name="create"/>'s, kept unless the listings changed while it ran.</summary>
    public async Task<T> GetOrCreateAsync<T>(string key, Func<Task<T>> create)
    {
        if (_lifetime <= TimeSpan.Zero) return await create();
        if (_entries.TryGetValue(key, out T? cached)) return cached!;
        // Taken before computing: a value computed across a status change is born expired and never served.
        var listingsChanged = new CancellationChangeToken(Volatile.Read(ref _listingsChanged).Token);
        var value = await create();
        _entries.Set(key, value, new MemoryCacheEntryOptions { AbsoluteExpirationRelativeToNow = _lifetime, Size = 1 }
            .AddExpirationToken(listingsChanged));
        return value;
    }

    public void Invalidate() =>
        // Not disposed: a search may still hold its token; a cancelled source without timer holds nothing to release.
        Interlocked.Exchange(ref _listingsChanged, new CancellationTokenSource()).Cancel();

    public void Dispose() => _entries.Dispose();
}
