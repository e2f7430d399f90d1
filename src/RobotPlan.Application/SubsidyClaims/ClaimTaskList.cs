using P = RobotPlan.Permissions.RobotPlanPermissions;
using S = RobotPlan.SubsidyClaims.SubsidyClaimStatus;

namespace RobotPlan.SubsidyClaims;

/// <summary>
/// Claims waiting for the current reviewer's step, oldest first, with a deadline of
/// <see cref="SubsidyClaimConsts.ReviewWorkingDays"/> working days (<see cref="ReviewDeadline"/>, as for catalog files).
/// </summary>
public sealed class ClaimTaskList(
    ISubsidyClaimRepository claims,
    ISubsidyProgramRepository programs,
    ReviewTaskLookup lookup,
    ICurrentUser currentUser,
    DataScope scope)
{
    private const int MaxTasks = 200;

    public async Task<IReadOnlyList<ClaimTaskDto>> GetAsync(CancellationToken ct)
    {
        var (statuses, jurisdiction) = Waiting();
        if (statuses.Count == 0) return [];
        var items = await claims.GetWaitingAsync(statuses, jurisdiction, MaxTasks, ct);
        if (items.Count == 0) return [];
        var titles = (await programs.GetByIdsAsync(items.Select(c => c.ProgramId).Distinct().ToList(), ct)).ToDictionary(p => p.Id, p => p.LocalTitle());
        var context = await lookup.LoadAsync(items.Select(c => c.ProductId), items.Select(c => c.EnterpriseId), ct);
        return items.Select(c =>
        {
            var deadline = context.Deadline(c.StatusChangedAt, SubsidyClaimConsts.ReviewWorkingDays);
            var district = context.District(c.EnterpriseId);
            return new ClaimTaskDto(c.Id, c.ProgramId, titles.GetValueOrDefault(c.ProgramId), c.Kind, context.EnterpriseName(c.EnterpriseId),
                context.ProductName(c.ProductId), c.Status, c.StatusChangedAt, deadline.DueOn, deadline.IsOverdue, district.Id, district.Name,
                deadline.WorkingDaysLeft, deadline.Urgency);
        }).ToList();
    }

    private (List<S> Statuses, Guid? Jurisdiction) Waiting()
    {
        var statuses = new List<S>();
        if (currentUser.HasPermission(P.Claims.MunicipalReview)) statuses.Add(S.MunicipalReview);
        if (currentUser.HasPermission(P.Claims.FinanceReview)) statuses.Add(S.FinanceReview);
        if (statuses.Count > 0) return (statuses, null);
        if (currentUser.HasPermission(P.Claims.DistrictReview) && scope.JurisdictionRestriction is { } j) return ([S.Submitted, S.DistrictReview], j);
        return ([], null);
    }
}
