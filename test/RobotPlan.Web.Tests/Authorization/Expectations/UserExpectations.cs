using Microsoft.EntityFrameworkCore;
using RobotPlan.Data;
using RobotPlan.Identity;

namespace RobotPlan.Web.Tests.Authorization.Expectations;

/// <summary>
/// Users administration, split by 三员分立: both the system and the security administrator read users; the system
/// administrator creates them and resets passwords; the security administrator locks, changes roles and resets second
/// factors; the audit administrator does none of it. The target is finance2, whom no matrix actor signs in as.
/// </summary>
internal sealed class UserExpectations : IEndpointExpectations
{
    private const string Readers = "anon=401 admin=200 sec=200 *=403";
    private const string SystemAdmin = "anon=401 admin=200 *=403";
    private const string SecurityAdmin = "anon=401 sec=200 *=403";

    public IEnumerable<EndpointCase> Cases =>
    [
        EndpointCase.Get("api/app/users", _ => "/api/app/users?role=expert", Readers),
        TargetCase("GET", "api/app/users/{id:guid}", "", Readers, null),
        // Names and USCCs for the binding field: both administrators who bind users, not the enterprises' readers.
        EndpointCase.Get("api/app/users/bindable-enterprises", _ => "/api/app/users/bindable-enterprises", Readers),
        EndpointCase.Send("POST", "api/app/users", _ => "/api/app/users", SystemAdmin, (c, _) => MatrixContext.Json(new
        {
            userName = c.Unique("matrix-user"), password = "Matrix#2025user", displayName = "矩阵用户", role = RobotPlanRoles.Expert,
        })),
        TargetCase("POST", "api/app/users/{id:guid}/lock", "/lock", SecurityAdmin, null),
        TargetCase("POST", "api/app/users/{id:guid}/unlock", "/unlock", SecurityAdmin, null),
        // finance2 keeps its role; the request proves who may send it.
        TargetCase("POST", "api/app/users/{id:guid}/role", "/role", SecurityAdmin, new { role = RobotPlanRoles.FinanceOfficer }),
        TargetCase("POST", "api/app/users/{id:guid}/reset-two-factor", "/reset-two-factor", SecurityAdmin, null),
        TargetCase("POST", "api/app/users/{id:guid}/reset-password", "/reset-password", "anon=401 admin=204 *=403",
            new { newPassword = DemoUsers.Password }),
    ];

    private static EndpointCase TargetCase(string method, string template, string suffix, string expected, object? body) =>
        new(method, template, async c => $"/api/app/users/{await TargetAsync(c)}{suffix}", Expect.Parse(expected))
        {
            Body = body is null ? null : (_, _) => Task.FromResult<HttpContent?>(MatrixContext.Json(body)),
        };

    private static Task<Guid> TargetAsync(MatrixContext c) =>
        c.Factory.WithDbAsync(db => db.Users.Where(u => u.UserName == DemoUsers.Finance2).Select(u => u.Id).SingleAsync());
}
