using Microsoft.AspNetCore.Identity;
using RobotPlan.Identity;

namespace RobotPlan.Accounts;

/// <summary>Self-service enterprise accounts (registration, a USCC dispute): Identity's password and name rules apply.</summary>
public sealed class EnterpriseUserFactory(UserManager<AppUser> userManager, TimeProvider clock)
{
    /// <summary>An enterprise user bound to <paramref name="enterpriseId"/> (null: none yet, e.g. a dispute's claimant).</summary>
    public async Task<AppUser> CreateAsync(string userName, string password, string displayName, string email, Guid? enterpriseId,
        string emailField)
    {
        var user = new AppUser
        {
            UserName = userName.Trim(),
            Email = email,
            DisplayName = displayName.Trim(),
            EnterpriseId = enterpriseId,
            CreationTime = clock.GetUtcNow().UtcDateTime,
        };
        Check(await userManager.CreateAsync(user, password), "password", emailField);
        Check(await userManager.AddToRoleAsync(user, RobotPlanRoles.Enterprise), "userName", emailField);
        return user;
    }

    private static void Check(IdentityResult result, string defaultField, string emailField)
    {
        if (result.Succeeded) return;
        var error = result.Errors.First();
        // Identity's own codes (DuplicateUserName, PasswordTooShort ...) name the offending field.
        var field = error.Code.Contains("UserName", StringComparison.Ordinal) ? "userName"
            : error.Code.Contains("Email", StringComparison.Ordinal) ? emailField
            : defaultField;
        throw new SeedWork.BusinessException("Identity:" + error.Code, field);
    }
}
