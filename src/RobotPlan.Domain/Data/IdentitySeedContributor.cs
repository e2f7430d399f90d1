using System.Security.Claims;
using Microsoft.AspNetCore.Identity;
using RobotPlan.Identity;
using RobotPlan.Permissions;
using RobotPlan.SeedWork;

namespace RobotPlan.Data;

/// <summary>The roles of domain.md §2 and their permission grants (role claims). Adds missing grants only.</summary>
public sealed class IdentitySeedContributor(RoleManager<AppRole> roles) : IDataSeedContributor
{
    public int Order => 10;

    public async Task SeedAsync(DataSeedContext context, CancellationToken ct)
    {
        foreach (var (roleName, permissions) in RolePermissionGrants.Default)
        {
            var role = await roles.FindByNameAsync(roleName);
            if (role is null)
            {
                role = new AppRole(roleName);
                await roles.CreateAsync(role);
            }
            var granted = (await roles.GetClaimsAsync(role))
                .Where(c => c.Type == RobotPlanClaimTypes.Permission).Select(c => c.Value).ToHashSet();
            foreach (var permission in permissions.Where(p => !granted.Contains(p)))
                await roles.AddClaimAsync(role, new Claim(RobotPlanClaimTypes.Permission, permission));
        }
    }
}
