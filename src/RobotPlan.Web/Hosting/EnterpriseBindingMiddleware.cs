using System.Security.Claims;
using Microsoft.EntityFrameworkCore;
using RobotPlan.EntityFrameworkCore;
using RobotPlan.Identity;

namespace RobotPlan.Web.Hosting;

/// <summary>
/// Issue #14: when a USCC is transferred to its real owner, the old accounts lose that enterprise's records at once — not
/// when their cookie or token (which carry the enterprise id) expire. For an enterprise user, the binding in the request's
/// credentials is compared with the account's current one (one key lookup); when they differ the request continues as
/// anonymous (401 for the API, the sign-in page for pages), and signing in again gives the current binding.
/// </summary>
internal sealed class EnterpriseBindingMiddleware(RequestDelegate next)
{
    public async Task InvokeAsync(HttpContext context, RobotPlanDbContext db)
    {
        var user = context.User;
        if (user.Identity?.IsAuthenticated == true && user.IsInRole(RobotPlanRoles.Enterprise)
            && Guid.TryParse(user.FindFirstValue(ClaimTypes.NameIdentifier), out var userId))
        {
            var claimed = Guid.TryParse(user.FindFirstValue(RobotPlanClaimTypes.EnterpriseId), out var e) ? e : (Guid?)null;
            var current = await db.Users.AsNoTracking().Where(u => u.Id == userId)
                .Select(u => new { u.EnterpriseId }).FirstOrDefaultAsync(context.RequestAborted);
            if (current is null || current.EnterpriseId != claimed) context.User = new ClaimsPrincipal(new ClaimsIdentity());
        }
        await next(context);
    }
}
