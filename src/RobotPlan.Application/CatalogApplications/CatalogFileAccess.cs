using RobotPlan.Authorization;
using RobotPlan.Enterprises;
using RobotPlan.ExpertPanels;
using RobotPlan.SeedWork;
using P = RobotPlan.Permissions.RobotPlanPermissions;

namespace RobotPlan.CatalogApplications;

/// <summary>
/// Who may read a catalog file (R-62's "people entitled to the file"): its enterprise, the reviewers of its district and
/// the city (the data scope), and the experts on its panel while they are assigned — an active member of a panel still
/// scoring. Anyone else gets 404, so another party's file does not even reveal that it exists.
/// </summary>
public sealed class CatalogFileAccess(IEnterpriseRepository enterprises, IExpertPanelRepository panels, ICurrentUser currentUser, DataScope scope)
{
    public async Task<bool> CanReadAsync(CatalogApplication application, CancellationToken ct)
    {
        var enterprise = await enterprises.FindAsync(application.EnterpriseId, ct);
        if (enterprise is not null && scope.CanSee(enterprise)) return true;
        return await IsAssignedExpertAsync(application.Id, ct);
    }

    public async Task EnsureCanReadAsync(CatalogApplication application, CancellationToken ct)
    {
        if (!await CanReadAsync(application, ct)) throw new EntityNotFoundException(typeof(CatalogApplication), application.Id);
    }

    private async Task<bool> IsAssignedExpertAsync(Guid applicationId, CancellationToken ct)
    {
        if (currentUser.Id is not { } userId || !currentUser.HasPermission(P.Catalogs.ExpertReview)) return false;
        var panel = await panels.FindByApplicationAsync(applicationId, ct);
        return panel is not null && !panel.IsComplete && panel.IsActiveMember(userId);
    }
}
