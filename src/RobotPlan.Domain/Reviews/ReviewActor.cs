namespace RobotPlan.Reviews;

/// <summary>Who performs a transition on any reviewed file (catalog application, claim, notice), as R-62 records it; a job acts with a null user id.</summary>
public sealed record ReviewActor(Guid? UserId, string Name, string Role, Guid? JurisdictionId)
{
    /// <summary>The role jobs and event handlers act in; no user holds it.</summary>
    public const string SystemRole = "system";
}
