using System.Globalization;

namespace RobotPlan.Benchmarks;

/// <summary>
/// CPU time of this process per thread kind, from /proc/self/task/*/stat (Linux; clock ticks of 10 ms): shows where
/// CPU above the wall time goes — the query's own threads (main, thread-pool workers) or the runtime's background ones
/// (tiered JIT, background GC, finalizer, timers).
/// </summary>
internal static class ThreadCpu
{
    /// <summary>CPU ms so far per thread (id), with the thread's kind.</summary>
    public static Dictionary<string, (string Kind, double Ms)> Snapshot()
    {
        var result = new Dictionary<string, (string Kind, double Ms)>(StringComparer.Ordinal);
        if (!Directory.Exists("/proc/self/task")) return result;
        foreach (var task in Directory.EnumerateDirectories("/proc/self/task"))
        {
            string stat;
            try { stat = File.ReadAllText(Path.Combine(task, "stat")); }
            catch (IOException) { continue; } // the thread ended meanwhile
            var open = stat.IndexOf('(');
            var close = stat.LastIndexOf(')');
            var fields = stat[(close + 2)..].Split(' ');
            // Fields 14 and 15 of stat (utime, stime) are the 12th and 13th after the name.
            var ticks = double.Parse(fields[11], CultureInfo.InvariantCulture) + double.Parse(fields[12], CultureInfo.InvariantCulture);
            result[Path.GetFileName(task)] = (Kind(stat[(open + 1)..close]), ticks * 10);
        }
        return result;
    }

    private static string Kind(string name) => name switch
    {
        _ when name.StartsWith(".NET TP Worker", StringComparison.Ordinal) => "thread pool",
        _ when name.StartsWith(".NET Tiered", StringComparison.Ordinal) => "tiered JIT",
        _ when name.Contains("GC", StringComparison.Ordinal) => "GC",
        _ when name.StartsWith(".NET", StringComparison.Ordinal) => "runtime other",
        _ => "main (queries) and unnamed",
    };

    /// <summary>"query (pool) 61 %, tiered JIT 30 %, …" of the CPU spent between two snapshots.</summary>
    /// <remarks>Threads that ended between the snapshots are missed (their time is gone from /proc).</remarks>
    public static string Shares(Dictionary<string, (string Kind, double Ms)> before, Dictionary<string, (string Kind, double Ms)> after)
    {
        var spent = after.GroupBy(a => a.Value.Kind)
            .Select(g => (Kind: g.Key, Ms: g.Sum(a => a.Value.Ms - (before.TryGetValue(a.Key, out var b) ? b.Ms : 0))))
            .Where(k => k.Ms > 0).OrderByDescending(k => k.Ms).ToList();
        var total = spent.Sum(k => k.Ms);
        return total <= 0 ? "n/a (under one 10-ms tick)" : string.Join(", ", spent.Select(k => $"{k.Kind} {k.Ms / total:P0}"));
    }
}
