namespace RobotPlan.Enterprises;

/// <summary>The person the reviewers call about the enterprise's files (value object).</summary>
public sealed record ContactInfo(string Name, string Phone, string Email);
