using System.Collections.Concurrent;

namespace RobotPlan.EntityFrameworkCore.ListingSearch;

/// <summary>
/// ADR 0006: a short-lived, per-process memory of what a buyer search computes before its page — the total and facet
/// counts per (keyword, filters, day), and the rarest term of a keyword segment. An addition on top of the uncached
/// path, not a substitute: every entry lives at most <see cref="Lifetime"/> (60 s by default), and any listing status
/// change (publish, suspend, reinstate, revoke, expire — the re-indexing) clears the whole cache in this process.
/// Another process's changes, and a change whose save is still committing, show after at most one lifetime.
/// A zero lifetime turns it off (the benchmark's uncached figures).
/// </summary>
public sealed class ListingSearchCache(TimeProvider clock, TimeSpan lifetime)
{
    public static readonly TimeSpan DefaultLifetime = TimeSpan.FromSeconds(60);
    private const int MaxEntries = 10_000;

    private readonly ConcurrentDictionary<string, (long Generation, DateTimeOffset Until, object Value)> _entries = new(StringComparer.Ordinal);
    private long _generation;

    /// <summary>Settable so that the benchmark can measure the same process with and without the cache.</summary>
    public TimeSpan Lifetime { get => lifetime; set { lifetime = value; Invalidate(); } }

    /// <summary>Read before computing a value; <see cref="Set"/> drops it if the listings changed meanwhile.</summary>
    public long Generation => Interlocked.Read(ref _generation);

    public bool TryGet<T>(string key, out T value) where T : class
    {
        value = null!;
        if (lifetime <= TimeSpan.Zero || !_entries.TryGetValue(key, out var entry)) return false;
        if (entry.Generation != Generation || entry.Until <= clock.GetUtcNow())
        {
            _entries.TryRemove(key, out _);
            return false;
        }
        value = (T)entry.Value;
        return true;
    }

    public void Set(string key, long generation, object value)
    {
        if (lifetime <= TimeSpan.Zero || generation != Generation) return;
        if (_entries.Count >= MaxEntries) _entries.Clear();
        _entries[key] = (generation, clock.GetUtcNow() + lifetime, value);
    }

    public void Invalidate()
    {
        Interlocked.Increment(ref _generation);
        _entries.Clear();
    }
}
