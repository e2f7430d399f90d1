using Microsoft.AspNetCore.Identity;
using RobotPlan.Enterprises;
using RobotPlan.Experts;
using RobotPlan.Identity;
using RobotPlan.SeedWork;

namespace RobotPlan.Data;

/// <summary>Demo experts with profiles (<see cref="DemoExperts"/>); Development only; adds what is missing.</summary>
public sealed class DemoExpertsSeedContributor(
    UserManager<AppUser> users,
    IExpertProfileRepository profiles,
    ExpertProfileManager manager,
    IEnterpriseRepository enterprises,
    IUnitOfWork unitOfWork,
    TimeProvider clock) : IDataSeedContributor
{
    public int Order => 120;

    public async Task SeedAsync(DataSeedContext context, CancellationToken ct)
    {
        if (!context.IncludeDemoData) return;
        var lingyun = await enterprises.FindByUsccAsync(DemoUsers.Enterprises[0].Uscc, ct);
        foreach (var (userName, displayName, fields, employer) in DemoExperts.All)
        {
            var user = await users.FindByNameAsync(userName) ?? await CreateUserAsync(userName, displayName);
            if (await profiles.FindByUserAsync(user.Id, ct) is not null) continue;
            var details = employer is null
                ? new ExpertProfileDetails(fields, lingyun?.Id, lingyun?.LegalName ?? DemoUsers.Enterprises[0].LegalName, [])
                : new ExpertProfileDetails(fields, null, employer, []);
            await manager.CreateAsync(user.Id, details, ct);
            await unitOfWork.SaveChangesAsync(ct);
        }
    }

    private async Task<AppUser> CreateUserAsync(string userName, string displayName)
    {
        var user = new AppUser
        {
            UserName = userName, Email = $"{userName}@robotplan.example.cn", EmailConfirmed = true, DisplayName = displayName,
            CreationTime = clock.GetUtcNow().UtcDateTime,
        };
        Ensure(await users.CreateAsync(user, DemoUsers.Password));
        Ensure(await users.AddToRoleAsync(user, RobotPlanRoles.Expert));
        return user;
    }

    private static void Ensure(IdentityResult result)
    {
        if (!result.Succeeded)
            throw new InvalidOperationException("Demo expert seeding failed: " + string.Join("; ", result.Errors.Select(e => e.Description)));
    }
}
