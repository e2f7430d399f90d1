namespace RobotPlan.Web.Hosting;

/// <summary>The request's principal (cookie or bearer token). Outside a request (jobs): nobody.</summary>
public sealed class HttpContextCurrentUser(IHttpContextAccessor accessor) : ClaimsPrincipalCurrentUser
{
    protected override ClaimsPrincipal? Principal => accessor.HttpContext?.User;
}
