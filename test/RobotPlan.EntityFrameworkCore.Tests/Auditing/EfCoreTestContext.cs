using Microsoft.Extensions.DependencyInjection;
using RobotPlan.EntityFrameworkCore;

namespace RobotPlan.EntityFrameworkCore.Tests.Auditing;

/// <summary>Shorthands over the application test host for persistence-level tests.</summary>
internal static class EfCoreTestContext
{
    public static async Task<T> InScopeAsync<T>(this RobotPlanTestHost host, Func<RobotPlanDbContext, Task<T>> work)
    {
        await using var scope = host.Services.CreateAsyncScope();
        return await work(scope.ServiceProvider.GetRequiredService<RobotPlanDbContext>());
    }
}
