using System.Diagnostics;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Options;

namespace RobotPlan.Benchmarks;

/// <summary>
/// P-7 (ADR 0011): what one sign-in's password check costs with the application's hasher options (Identity's V3 format,
/// PBKDF2-HMAC-SHA512), one thread and every core, so the sign-ins a rush can absorb per second are computed, not guessed.
///   RobotPlan.Benchmarks password-hash [verifications]
/// </summary>
internal static class PasswordHashBenchmark
{
    public static Task<int> RunAsync(string[] args)
    {
        var count = args.Length > 0 ? int.Parse(args[0], System.Globalization.CultureInfo.InvariantCulture) : 40;
        var options = new PasswordHasherOptions(); // RobotPlan keeps Identity's defaults (ADR 0011)
        var hasher = new PasswordHasher<object>(Options.Create(options));
        var user = new object();
        var hash = hasher.HashPassword(user, "Rush-Password-1");
        hasher.VerifyHashedPassword(user, hash, "Rush-Password-1"); // warm-up

        var single = new List<double>();
        for (var i = 0; i < count; i++)
        {
            var started = Stopwatch.GetTimestamp();
            if (hasher.VerifyHashedPassword(user, hash, "Rush-Password-1") == PasswordVerificationResult.Failed) return Task.FromResult(1);
            single.Add(Stopwatch.GetElapsedTime(started).TotalMilliseconds);
        }
        single.Sort();

        var cores = Environment.ProcessorCount;
        var wall = Stopwatch.StartNew();
        Parallel.For(0, count * cores, new ParallelOptions { MaxDegreeOfParallelism = cores },
            _ => hasher.VerifyHashedPassword(user, hash, "Rush-Password-1"));
        var perSecond = count * cores / wall.Elapsed.TotalSeconds;

        Console.WriteLine($"# password check, {options.IterationCount:N0} iterations ({options.CompatibilityMode}), load {File.ReadAllText("/proc/loadavg").Split(' ')[0]}");
        Console.WriteLine($"one thread: median {single[single.Count / 2]:F1} ms, min {single[0]:F1}, max {single[^1]:F1} ({count} checks)");
        Console.WriteLine($"{cores} cores: {perSecond:F1} checks/s; the rush's peak of 50 sign-ins/s needs {50 * single[single.Count / 2] / 1000:F1} cores for the checks alone");
        return Task.FromResult(0);
    }
}
