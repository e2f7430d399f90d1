using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Options;
using RobotPlan.Identity;
using RobotPlan.SeedWork;

namespace RobotPlan.Data;

/// <summary>
/// The production path to a first administrator (S-E: no password in the repository): the operator passes
/// InitialAdmin:UserName and InitialAdmin:Password (e.g. environment variables) to the DbMigrator once — and, for the
/// separation of duties (三员分立, issue #14), once more each with InitialAdmin:Role=security-admin and audit-admin.
/// Each signs in the first time by setting up its second factor.
/// </summary>
public sealed class InitialAdminSeedContributor(UserManager<AppUser> users, IOptions<InitialAdminOptions> options, TimeProvider clock)
    : IDataSeedContributor
{
    public int Order => 20;

    public async Task SeedAsync(DataSeedContext context, CancellationToken ct)
    {
        var admin = options.Value;
        if (string.IsNullOrWhiteSpace(admin.UserName) || string.IsNullOrEmpty(admin.Password)) return;
        if (await users.FindByNameAsync(admin.UserName) is not null) return;
        if (!RobotPlanRoles.Administrators.Contains(admin.Role))
            throw new InvalidOperationException($"InitialAdmin:Role must be one of {string.Join(", ", RobotPlanRoles.Administrators)}.");
        var user = new AppUser { UserName = admin.UserName, DisplayName = admin.UserName, CreationTime = clock.GetUtcNow().UtcDateTime };
        var created = await users.CreateAsync(user, admin.Password);
        if (!created.Succeeded)
            throw new InvalidOperationException("Initial administrator not created: " + string.Join("; ", created.Errors.Select(e => e.Description)));
        await users.AddToRoleAsync(user, admin.Role);
    }
}

public sealed class InitialAdminOptions
{
    public const string SectionName = "InitialAdmin";

    public string? UserName { get; set; }
    public string? Password { get; set; }

    /// <summary>One of the three administrators' roles; the system administrator unless said otherwise.</summary>
    public string Role { get; set; } = RobotPlanRoles.Administrator;
}
