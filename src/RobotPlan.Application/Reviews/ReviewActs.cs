using RobotPlan.Identity;
using RobotPlan.SeedWork;

namespace RobotPlan.Reviews;

/// <summary>
/// A file kind's <see cref="TransitionTable{TStatus, TAct}"/> read for people: the permission each role's acts need, the
/// reviewer who holds a step, and the acts a caller is offered (the DTO's <c>AllowedActions</c>; the service checks again
/// when one is taken). Rows of the system role need no permission a user holds, so they are never offered.
/// </summary>
/// <param name="offered">The acts the service has an endpoint for, in the order pages show them.</param>
/// <param name="leadIn">An act the service reaches through an implicit first move (district approval of a file nobody opened
/// takes it into review first), so it is offered wherever the first move is.</param>
public sealed class ReviewActs<TStatus, TAct>(TransitionTable<TStatus, TAct> table, IReadOnlyDictionary<string, string> permissionOfRole,
    IReadOnlyList<TAct> offered, (TAct First, TAct Then) leadIn) where TStatus : struct, Enum where TAct : struct, Enum
{
    /// <summary>The permission acting in <paramref name="role"/> needs.</summary>
    public string PermissionOf(string role) => permissionOfRole[role];

    /// <summary>
    /// The role whose step <paramref name="act"/> is taken in from <paramref name="status"/>; where the table has no row,
    /// <paramref name="fallback"/>, so a reviewer holding it gets the domain's 422 rather than a 403.
    /// </summary>
    public string StepRole(TStatus status, TAct act, string fallback) => table.Find(status, act)?.Who ?? fallback;

    /// <summary>The offered acts <paramref name="user"/> may take on a file of <paramref name="enterpriseId"/> in <paramref name="status"/>.</summary>
    public IReadOnlyList<TAct> AllowedFor(TStatus status, Guid enterpriseId, ICurrentUser user) =>
        offered.Where(act => Move(status, act) is { } move && MayActAs(move.Who, enterpriseId, user)).ToList();

    private Transition<TStatus>? Move(TStatus status, TAct act) =>
        table.Find(status, act)
        ?? (act.Equals(leadIn.Then) && table.Find(status, leadIn.First) is { } first ? table.Find(first.To, act) : null);

    /// <summary>Enterprise acts are the owner's only; reviewers' acts need their step's permission.</summary>
    private bool MayActAs(string role, Guid enterpriseId, ICurrentUser user) =>
        permissionOfRole.TryGetValue(role, out var permission) && user.HasPermission(permission)
        && (role != RobotPlanRoles.Enterprise || user.EnterpriseId == enterpriseId);
}
