using System.Diagnostics;
using System.Security.Cryptography;

namespace RobotPlan.Benchmarks;

/// <summary>
/// The machine's speed at the moment of a run (issue #18): a fixed piece of pure CPU work on one thread, timed. On
/// 2026-12-08 the same PBKDF2 check took 41.8 ms and, 13 minutes later on an idle machine (steal 0.3 %), 72.5 ms — the
/// virtual CPU's speed moved by 1.7× and no load average showed it. Printed beside each run so that a reader can tell
/// a slower answer from a slower machine.
/// </summary>
internal static class CpuReference
{
    private static readonly byte[] Salt = new byte[16];

    /// <summary>Median ms of five PBKDF2-HMAC-SHA512 derivations of 20,000 iterations.</summary>
    public static double Milliseconds()
    {
        var times = new double[5];
        for (var i = 0; i < times.Length; i++)
        {
            var started = Stopwatch.GetTimestamp();
            Rfc2898DeriveBytes.Pbkdf2("cpu-reference"u8, Salt, 20_000, HashAlgorithmName.SHA512, 32);
            times[i] = Stopwatch.GetElapsedTime(started).TotalMilliseconds;
        }
        Array.Sort(times);
        return times[times.Length / 2];
    }

    public static string Describe() => $"CPU reference (PBKDF2-SHA512 × 20,000, one thread) {Milliseconds():F1} ms";
}
