namespace RobotPlan.Authorization;

public static class CurrentUserPermissionExtensions
{
    /// <summary>The app-service half of "checked on the endpoint and in the application service".</summary>
    public static void CheckPermission(this ICurrentUser user, string permission)
    {
        if (!user.HasPermission(permission)) throw new AuthorizationException(permission);
    }
}
