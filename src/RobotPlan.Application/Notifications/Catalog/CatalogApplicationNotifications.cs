using RobotPlan.CatalogApplications;
using RobotPlan.CatalogBatches;
using RobotPlan.Enterprises;
using RobotPlan.Identity;
using RobotPlan.Products;
using RobotPlan.SeedWork;
using S = RobotPlan.Catalogs.CatalogApplicationStatus;

namespace RobotPlan.Notifications.Catalog;

/// <summary>
/// Tells people when a catalog file moves, in the same save as the move: the enterprise learns of every step it did not
/// take itself (its own submit and withdraw need no message), and the reviewers whose list the file enters get a task.
/// </summary>
public sealed class CatalogApplicationNotifications(ICatalogApplicationRepository applications, IEnterpriseRepository enterprises,
    IProductRepository products, Notifier notifier) : IDomainEventHandler<CatalogApplicationStatusChanged>
{
    public const string StatusTextKeyPrefix = "Notification:Application:";
    public const string TaskTextKey = "Notification:TaskArrived";

    /// <summary>The file's page (Pages/Catalogs/Applications/Details).</summary>
    public static string Link(Guid applicationId) => $"/catalogs/applications/details/{applicationId}";

    public async Task HandleAsync(CatalogApplicationStatusChanged e, CancellationToken ct)
    {
        var application = await applications.FindAsync(e.ApplicationId, ct);
        if (application is null) return;
        var product = await products.FindAsync(application.ProductId, ct);
        var productName = product?.Name ?? "";
        var link = Link(application.Id);

        if (e.To is not (S.Submitted or S.Withdrawn or S.Draft))
            await notifier.ToEnterpriseAsync(application.EnterpriseId, new NotificationMessage(NotificationConsts.ApplicationStatusChanged,
                StatusTextKeyPrefix + e.To, [productName, application.StatusReason ?? ""], link), ct);

        var (role, jurisdiction) = await ReviewersOfAsync(e.To, application, ct);
        if (role is not null)
            await notifier.ToRoleAsync(role, jurisdiction, new NotificationMessage(NotificationConsts.TaskArrived, TaskTextKey,
                [productName, await EnterpriseNameAsync(application.EnterpriseId, ct)], link), ct);
    }

    /// <summary>The step whose list the file enters: district reviewers of its enterprise's jurisdiction, or the municipal ones.</summary>
    private async Task<(string? Role, Guid? Jurisdiction)> ReviewersOfAsync(S to, CatalogApplication application, CancellationToken ct) => to switch
    {
        S.Submitted => (RobotPlanRoles.DistrictReviewer, (await enterprises.FindAsync(application.EnterpriseId, ct))?.JurisdictionId),
        S.MunicipalReview or S.PendingDecision => (RobotPlanRoles.MunicipalReviewer, null),
        _ => (null, null),
    };

    private async Task<string> EnterpriseNameAsync(Guid id, CancellationToken ct) =>
        (await enterprises.GetLegalNamesAsync([id], ct)).GetValueOrDefault(id) ?? "";
}
