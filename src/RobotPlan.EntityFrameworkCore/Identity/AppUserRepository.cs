using System.Linq.Expressions;
using Microsoft.EntityFrameworkCore;
using RobotPlan.Identity;

namespace RobotPlan.EntityFrameworkCore.Identity;

internal sealed class AppUserRepository(RobotPlanDbContext db) : IAppUserRepository
{
    private static readonly Dictionary<string, Expression<Func<AppUser, object?>>> SortFields = new(StringComparer.OrdinalIgnoreCase)
    {
        ["userName"] = u => u.UserName,
        ["displayName"] = u => u.DisplayName,
        ["creationTime"] = u => u.CreationTime,
    };

    public async Task<(int TotalCount, List<UserWithRoles> Items)> GetPageAsync(UserFilter filter, CancellationToken ct)
    {
        var query = db.Users.AsNoTracking();
        if (!string.IsNullOrWhiteSpace(filter.Role))
        {
            var role = filter.Role.Trim();
            query = query.Where(u => db.UserRoles.Any(ur => ur.UserId == u.Id && db.Roles.Any(r => r.Id == ur.RoleId && r.Name == role)));
        }
        if (!string.IsNullOrWhiteSpace(filter.Keyword))
        {
            var keyword = filter.Keyword.Trim();
            query = query.Where(u => u.UserName!.Contains(keyword) || u.DisplayName.Contains(keyword) || u.Email!.Contains(keyword));
        }
        var (total, users) = await query.ToPageAsync(filter.Sorting, SortFields, u => u.UserName, filter.SkipCount, filter.MaxResultCount, ct);
        // One query for the page's roles instead of one per user.
        var ids = users.Select(u => u.Id).ToList();
        var roles = await (from ur in db.UserRoles
                           join r in db.Roles on ur.RoleId equals r.Id
                           where ids.Contains(ur.UserId)
                           select new { ur.UserId, r.Name }).ToListAsync(ct);
        var byUser = roles.ToLookup(x => x.UserId, x => x.Name!);
        return (total, users.Select(u => new UserWithRoles(u, byUser[u.Id].Order().ToList())).ToList());
    }

    public Task<List<Guid>> GetIdsBoundToEnterpriseAsync(Guid enterpriseId, CancellationToken ct) =>
        db.Users.Where(u => u.EnterpriseId == enterpriseId).Select(u => u.Id).ToListAsync(ct);
}
