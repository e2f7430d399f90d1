using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Options;
using RobotPlan.Identity;
using RobotPlan.SeedWork;

namespace RobotPlan.Data;

/// <summary>
/// The production path to a first administrator (S-E: no password in the repository): the operator passes
/// InitialAdmin:UserName and InitialAdmin:Password (e.g. environment variables) to the DbMigrator once.
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
        var user = new AppUser { UserName = admin.UserName, DisplayName = "系统管理员", CreationTime = clock.GetUtcNow().UtcDateTime };
        var created = await users.CreateAsync(user, admin.Password);
        if (!created.Succeeded)
            throw new InvalidOperationException("Initial administrator not created: " + string.Join("; ", created.Errors.Select(e => e.Description)));
        await users.AddToRoleAsync(user, RobotPlanRoles.Administrator);
    }
}

public sealed class InitialAdminOptions
{
    public const string SectionName = "InitialAdmin";

    public string? UserName { get; set; }
    public string? Password { get; set; }
}
