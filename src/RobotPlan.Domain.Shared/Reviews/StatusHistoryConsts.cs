namespace RobotPlan.Reviews;

/// <summary>Column lengths of every R-62 history table (catalog files, subsidy claims).</summary>
public static class StatusHistoryConsts
{
    public const int MaxActorNameLength = 128;
    public const int MaxRoleLength = 32;
    /// <summary>A reviewer's comment or reason, as typed (the aggregates' comment limits are this one).</summary>
    public const int MaxCommentLength = 1000;
}
