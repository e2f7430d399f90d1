namespace RobotPlan;

/// <summary>Rate-limit policy names the controllers name; the host defines the limits (Web/Hosting/RateLimitSetup).</summary>
public static class RateLimitPolicies
{
    /// <summary>Issue #14: self-registration and USCC disputes, per client address (default 5 per hour).</summary>
    public const string Registration = "registration";
}
