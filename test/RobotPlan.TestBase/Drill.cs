namespace RobotPlan;

/// <summary>
/// The reliability drills (etc/scripts/drill.sh) reuse the suite's own tests at a larger size and collect what they
/// found. ROBOTPLAN_DRILL_SCALE multiplies the sizes a drill-aware test uses (default 1: the normal suite's size);
/// ROBOTPLAN_DRILL_SUMMARY names a file each such test appends one readable line to (unset: nothing is written).
/// </summary>
public static class Drill
{
    public const string ScaleVariable = "ROBOTPLAN_DRILL_SCALE";
    public const string SummaryVariable = "ROBOTPLAN_DRILL_SUMMARY";
    private static readonly object Gate = new();

    /// <summary>The size multiplier, at least 1.</summary>
    public static int Scale => int.TryParse(Environment.GetEnvironmentVariable(ScaleVariable), out var s) && s > 1 ? s : 1;

    /// <summary><paramref name="normal"/> times the scale.</summary>
    public static int Size(int normal) => normal * Scale;

    /// <summary>Appends "[drill] provider: line" to the summary file, if a drill asked for one.</summary>
    public static void Report(string drill, string line)
    {
        var path = Environment.GetEnvironmentVariable(SummaryVariable);
        if (string.IsNullOrEmpty(path)) return;
        lock (Gate)
            File.AppendAllText(path, $"[{drill}] {TestDatabase.LaneProvider}: {line}{Environment.NewLine}");
    }
}
