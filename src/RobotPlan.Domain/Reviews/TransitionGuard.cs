using RobotPlan.SeedWork;

namespace RobotPlan.Reviews;

/// <summary>
/// The two checks every reviewed file's state machine makes; each aggregate still lists its own legal moves and passes
/// its own error codes, so the machines stay explicit.
/// </summary>
public static class TransitionGuard
{
    /// <summary>A move from a state not in <paramref name="allowedFrom"/> throws <paramref name="errorCode"/> (current, wanted).</summary>
    public static void EnsureIn<TStatus>(string errorCode, TStatus current, TStatus to, params TStatus[] allowedFrom) where TStatus : struct, Enum
    {
        if (!allowedFrom.Contains(current)) throw new BusinessException(errorCode, null, current, to);
    }

    /// <summary>Returning and rejecting need a reason a person can read: blank throws <paramref name="errorCode"/> on "reason".</summary>
    public static string RequireReason(string? reason, string errorCode) =>
        string.IsNullOrWhiteSpace(reason) ? throw new BusinessException(errorCode, "reason") : reason.Trim();
}
