using System.Security.Claims;
using RobotPlan.Identity;

namespace RobotPlan;

/// <summary>The acting user in application tests; set by <see cref="RobotPlanTestHost.LoginAsAsync"/>.</summary>
public sealed class TestCurrentUser : ClaimsPrincipalCurrentUser
{
    public ClaimsPrincipal? Current { get; set; }

    protected override ClaimsPrincipal? Principal => Current;
}
