using P = RobotPlan.Permissions.RobotPlanPermissions;
using S = RobotPlan.CatalogApplications.CatalogApplicationStatus;

namespace RobotPlan.CatalogApplications;

/// <summary>
/// "My tasks": files waiting for the current reviewer's role, oldest in their step first. The deadline is the
/// batch's ReviewWorkingDays-th working day after the day the file entered the step (<see cref="ReviewDeadline"/>).
/// Experts' tasks come with the expert panel (assignments); enterprises see their returned files on their list.
/// </summary>
public sealed class CatalogTaskList(
    ICatalogApplicationRepository applications,
    ICatalogBatchRepository batches,
    ReviewTaskLookup lookup,
    ICurrentUser currentUser,
    DataScope scope)
{
    private const int MaxTasks = 200;

    public async Task<IReadOnlyList<CatalogTaskDto>> GetAsync(CancellationToken ct)
    {
        var (statuses, jurisdiction) = Waiting();
        if (statuses.Length == 0) return [];
        var files = await applications.GetWaitingAsync(statuses, jurisdiction, MaxTasks, ct);
        if (files.Count == 0) return [];
        var batchesById = (await batches.GetByIdsAsync(files.Select(f => f.BatchId).Distinct().ToList(), ct)).ToDictionary(b => b.Id);
        var context = await lookup.LoadAsync(files.Select(f => f.ProductId), files.Select(f => f.EnterpriseId), ct);
        return files.Select(f =>
        {
            var batch = batchesById[f.BatchId];
            var deadline = context.Deadline(f.StatusChangedAt, batch.ReviewWorkingDays);
            var district = context.District(f.EnterpriseId);
            return new CatalogTaskDto(f.Id, f.BatchId, batch.LocalTitle(), f.Catalog, context.EnterpriseName(f.EnterpriseId),
                context.ProductName(f.ProductId), f.Status, f.StatusChangedAt, deadline.DueOn, deadline.IsOverdue, district.Id, district.Name,
                deadline.WorkingDaysLeft, deadline.Urgency);
        }).ToList();
    }

    private (S[] Statuses, Guid? Jurisdiction) Waiting()
    {
        if (currentUser.HasPermission(P.Catalogs.MunicipalReview)) return ([S.MunicipalReview, S.PendingDecision], null);
        if (currentUser.HasPermission(P.Catalogs.DistrictReview) && scope.JurisdictionRestriction is { } j)
            return ([S.Submitted, S.DistrictReview], j);
        return ([], null);
    }
}
