using RobotPlan.CatalogApplications;
using RobotPlan.Identity;
using RobotPlan.SeedWork;
using S = RobotPlan.CatalogApplications.CatalogApplicationStatus;

namespace RobotPlan.Notifications.Catalog;

/// <summary>
/// Tells people when a catalog file moves (<see cref="ReviewStepNotifier"/>): the enterprise learns of every step it did not
/// take itself (its own submit and withdraw need no message), and the reviewers whose list the file enters get a task.
/// </summary>
public sealed class CatalogApplicationNotifications(ICatalogApplicationRepository applications, ReviewStepNotifier steps)
    : IDomainEventHandler<CatalogApplicationStatusChanged>
{
    public const string StatusTextKeyPrefix = "Notification:Application:";
    public const string TaskTextKey = "Notification:TaskArrived";

    /// <summary>The file's page (Pages/Catalogs/Applications/Details).</summary>
    public static string Link(Guid applicationId) => $"/catalogs/applications/details/{applicationId}";

    public async Task HandleAsync(CatalogApplicationStatusChanged e, CancellationToken ct)
    {
        var application = await applications.FindAsync(e.ApplicationId, ct);
        if (application is null) return;
        var news = e.To is S.Submitted or S.Withdrawn or S.Draft
            ? ((string, string)?)null
            : (NotificationConsts.ApplicationStatusChanged, StatusTextKeyPrefix + e.To);
        await steps.NotifyAsync(new ReviewStepMove(application.EnterpriseId, application.ProductId, application.StatusReason,
            Link(application.Id), news, ReviewersOf(e.To), TaskTextKey), ct);
    }

    /// <summary>The step whose list the file enters: district reviewers (of its enterprise's jurisdiction), or the municipal ones.</summary>
    private static string? ReviewersOf(S to) => to switch
    {
        S.Submitted => RobotPlanRoles.DistrictReviewer,
        S.MunicipalReview or S.PendingDecision => RobotPlanRoles.MunicipalReviewer,
        _ => null,
    };
}
