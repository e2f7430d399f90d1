using RobotPlan.Authorization;
using RobotPlan.Identity;
using RobotPlan.SeedWork;
using P = RobotPlan.Permissions.RobotPlanPermissions;
using A = RobotPlan.CatalogApplications.CatalogApplicationAct;
using S = RobotPlan.CatalogApplications.CatalogApplicationStatus;

namespace RobotPlan.CatalogApplications;

// Reviewers' acts. Who may act follows the step the file is in: 初审 (district, own jurisdiction only —
// others get 404 from the data scope) or 形式审查 and decision (municipal).
public sealed partial class CatalogApplicationAppService
{
    public async Task<CatalogApplicationDto> DistrictApproveAsync(Guid id, CatalogTransitionDto input, CancellationToken ct)
    {
        var application = await LoadForReviewAsync(id, P.Catalogs.DistrictReview, input.ConcurrencyStamp, ct);
        var actor = Actor(RobotPlanRoles.DistrictReviewer);
        // Approving a file nobody has opened yet takes it into review first; both moves are recorded.
        if (application.Status == S.Submitted) application.StartDistrictReview(actor, Now);
        application.ApproveByDistrict(actor, Now, input.Comment);
        return await SaveAsync(application, ct);
    }

    public async Task<CatalogApplicationDto> FormalApproveAsync(Guid id, CatalogTransitionDto input, CancellationToken ct)
    {
        var application = await LoadForReviewAsync(id, P.Catalogs.MunicipalReview, input.ConcurrencyStamp, ct);
        application.ApproveFormalReview(Actor(RobotPlanRoles.MunicipalReviewer), Now, input.Comment);
        return await SaveAsync(application, ct);
    }

    public async Task<CatalogApplicationDto> ReturnAsync(Guid id, CatalogReasonTransitionDto input, CancellationToken ct)
    {
        var (application, role) = await LoadForStepAsync(id, A.Return, input.ConcurrencyStamp, ct);
        application.ReturnForRevision(input.Reason, Actor(role), Now);
        return await SaveAsync(application, ct);
    }

    public async Task<CatalogApplicationDto> RejectAsync(Guid id, CatalogReasonTransitionDto input, CancellationToken ct)
    {
        var (application, role) = await LoadForStepAsync(id, A.Reject, input.ConcurrencyStamp, ct);
        application.Reject(input.Reason, Actor(role), Now);
        return await SaveAsync(application, ct);
    }

    /// <summary>
    /// Who holds the step is the role <see cref="CatalogApplication.Transitions"/> gives the act: district reviewers before
    /// municipal review, municipal reviewers from then on.
    /// </summary>
    private async Task<(CatalogApplication Application, string Role)> LoadForStepAsync(Guid id, A act, string stamp, CancellationToken ct)
    {
        currentUser.CheckPermission(P.Catalogs.Default);
        var application = await LoadVisibleAsync(id, ct);
        // A move the state refuses has no row: the municipal reviewer's check, then the aggregate's 422.
        var role = CatalogApplicationActs.Table.StepRole(application.Status, act, fallback: RobotPlanRoles.MunicipalReviewer);
        currentUser.CheckPermission(CatalogApplicationActs.Table.PermissionOf(role));
        unitOfWork.ExpectConcurrencyStamp(application, stamp);
        return (application, role);
    }

    private async Task<CatalogApplication> LoadForReviewAsync(Guid id, string permission, string stamp, CancellationToken ct)
    {
        currentUser.CheckPermission(permission);
        var application = await LoadVisibleAsync(id, ct);
        unitOfWork.ExpectConcurrencyStamp(application, stamp);
        return application;
    }
}
