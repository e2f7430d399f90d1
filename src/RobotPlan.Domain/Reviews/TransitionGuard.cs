using RobotPlan.SeedWork;

namespace RobotPlan.Reviews;

/// <summary>What every reviewed file's state machine checks besides its <see cref="TransitionTable{TStatus, TAct}"/>.</summary>
public static class TransitionGuard
{
    /// <summary>Returning and rejecting need a reason a person can read: blank throws <paramref name="errorCode"/> on "reason".</summary>
    public static string RequireReason(string? reason, string errorCode) =>
        string.IsNullOrWhiteSpace(reason) ? throw new BusinessException(errorCode, "reason") : reason.Trim();
}
