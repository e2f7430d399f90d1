using System.Collections.Frozen;
using Microsoft.AspNetCore.Identity;

namespace RobotPlan.Identity;

/// <summary>
/// Issue #14 (OWASP ASVS 2.1.7): besides Identity's length and character rules, a password may be neither one of the
/// 10,000 most common (case ignored; the list and its source are in CommonPasswords/) nor contain the user name.
/// The list is also checked with the symbols taken out: none of its entries meets the composition rules (a symbol is
/// required), and "Password#123" is exactly how people satisfy them — cracking tools try those variants first.
/// </summary>
public sealed class RobotPlanPasswordValidator : IPasswordValidator<AppUser>
{
    public const string TooCommon = "PasswordTooCommon";
    /// <summary>Not "…UserName…": <see cref="IdentityErrors"/> would then blame the userName field, not the password.</summary>
    public const string ContainsAccountName = "PasswordContainsAccountName";

    private static readonly Lazy<FrozenSet<string>> CommonPasswords = new(Load);

    public Task<IdentityResult> ValidateAsync(UserManager<AppUser> manager, AppUser user, string? password)
    {
        if (string.IsNullOrEmpty(password)) return Task.FromResult(IdentityResult.Success);
        var errors = new List<IdentityError>();
        var lower = password.ToLowerInvariant();
        if (CommonPasswords.Value.Contains(lower) || CommonPasswords.Value.Contains(string.Concat(lower.Where(char.IsLetterOrDigit))))
            errors.Add(new IdentityError { Code = TooCommon, Description = "The password is among the most common passwords." });
        if (user.UserName is { Length: > 0 } userName && password.Contains(userName.Trim(), StringComparison.OrdinalIgnoreCase))
            errors.Add(new IdentityError { Code = ContainsAccountName, Description = "The password contains the user name." });
        return Task.FromResult(errors.Count == 0 ? IdentityResult.Success : IdentityResult.Failed([.. errors]));
    }

    private static FrozenSet<string> Load()
    {
        using var stream = typeof(RobotPlanPasswordValidator).Assembly.GetManifestResourceStream("RobotPlan.Identity.common-passwords.txt")
            ?? throw new InvalidOperationException("The common-password list is not embedded.");
        using var reader = new StreamReader(stream);
        var passwords = new List<string>();
        while (reader.ReadLine() is { } line)
            if (line.Length > 0) passwords.Add(line.ToLowerInvariant());
        return passwords.ToFrozenSet(StringComparer.Ordinal);
    }
}

public static class RobotPlanIdentityBuilderExtensions
{
    /// <summary>The same password rules wherever users are created: the Web host, the DbMigrator and the tests.</summary>
    public static IdentityBuilder AddRobotPlanPasswordRules(this IdentityBuilder builder) =>
        builder.AddPasswordValidator<RobotPlanPasswordValidator>();
}
