using Microsoft.AspNetCore.Identity;

namespace RobotPlan.Identity;

/// <summary>S-C: one password policy and lockout for the UI, the API and the tests.</summary>
public static class RobotPlanIdentityOptions
{
    public static void Configure(IdentityOptions o)
    {
        o.Password.RequiredLength = UserConsts.MinPasswordLength;
        o.Password.RequireNonAlphanumeric = true;
        o.Password.RequireDigit = true;
        o.Password.RequireLowercase = true;
        o.Password.RequireUppercase = false;
        o.Lockout.MaxFailedAccessAttempts = 5;
        o.Lockout.DefaultLockoutTimeSpan = TimeSpan.FromMinutes(15);
        o.Lockout.AllowedForNewUsers = true;
        o.User.RequireUniqueEmail = false;
    }
}
