namespace RobotPlan.Reviews;

public static class CurrentUserActor
{
    /// <summary>The signed-in user as a history row names them: display name, the role they act in, their jurisdiction.</summary>
    public static ReviewActor AsActor(this ICurrentUser user, string role) =>
        new(user.Id, user.DisplayName ?? user.UserName ?? "?", role, user.JurisdictionId);
}
