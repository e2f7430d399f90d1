namespace RobotPlan.Identity;

/// <summary>Turns a failed IdentityResult into a coded field error ("Identity:PasswordTooShort" has a localized text).</summary>
public static class IdentityErrors
{
    public static void Check(IdentityResult result, string defaultField)
    {
        if (result.Succeeded) return;
        var error = result.Errors.First();
        // Identity's own codes (DuplicateUserName, PasswordTooShort ...) name the offending field.
        var field = error.Code.Contains("UserName", StringComparison.Ordinal) ? "userName"
            : error.Code.Contains("Email", StringComparison.Ordinal) ? "email"
            : defaultField;
        throw new BusinessException("Identity:" + error.Code, field);
    }
}
